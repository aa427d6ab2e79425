//! The HTTP connections: how long a client may take to send a request, how
//! many connections are held at once, and a stop that lets the requests in
//! flight finish (on SIGTERM, as service managers send it, or Ctrl-C).

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tower::ServiceExt;

/// Limits on connections (`REDRESS_HEADER_TIMEOUT_SECS` and the others, see
/// README.md): a client that sends nothing, or half a request, gives up its
/// place instead of holding it, and a crowd of them cannot take every file
/// handle the process has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConnectionLimits {
    /// To send a request's headers, and to start the next request on a kept-alive connection.
    pub header_timeout: Duration,
    /// Between two parts of a request's body.
    pub body_timeout: Duration,
    /// Connections served at once; the next ones wait in the listen queue.
    pub max_connections: usize,
    /// How long a stop waits for the requests in flight.
    pub shutdown_grace: Duration,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        ConnectionLimits {
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(30),
            max_connections: 200,
            shutdown_grace: Duration::from_secs(30),
        }
    }
}

/// How long a stop waits for the connections it has just accepted to send
/// their first request, before it closes every idle connection.
const FIRST_REQUEST_WAIT: Duration = Duration::from_millis(500);

/// Resolves when the process is asked to stop: SIGTERM or SIGINT.
pub async fn stop_requested() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
}

/// Serves `app` on `listener` until `stop` resolves; then accepts nothing
/// more, lets each connection finish the request it is on (and closes it
/// rather than keep it alive), and returns when all are done or the grace
/// period is over.
pub async fn serve(listener: TcpListener, app: Router, limits: ConnectionLimits, stop: impl Future<Output = ()>) {
    let places = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let graceful = GracefulShutdown::new();
    // Serves one connection; its place in the cap is given back when it ends.
    let serve_one = |stream: TcpStream, remote: SocketAddr, place: OwnedSemaphorePermit| {
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo::<SocketAddr>(remote));
            app.clone().oneshot(request)
        });
        let connection = http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header_timeout)
            .serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // A client that stalls or goes away ends its own connection only.
            if let Err(error) = connection.await {
                tracing::debug!(error = %error, "connection ended");
            }
            drop(place);
        });
    };
    tokio::pin!(stop);
    loop {
        let place = tokio::select! {
            place = places.clone().acquire_owned() => place.expect("the semaphore is never closed"),
            () = &mut stop => break,
        };
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file handles, say: wait rather than spin.
                    tracing::warn!(error = %error, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        serve_one(stream, remote, place);
    }
    // New connections are refused from here on (one the system completed
    // in the last instant is reset, its request never read).
    drop(listener);
    // A connection accepted a moment ago may not have sent its request yet,
    // and a graceful stop closes a connection with no request in progress:
    // give the newest ones time to send theirs.
    tokio::time::sleep(FIRST_REQUEST_WAIT.min(limits.header_timeout)).await;
    tokio::select! {
        () = graceful.shutdown() => {},
        () = tokio::time::sleep(limits.shutdown_grace) => {
            tracing::warn!("requests still in flight at the end of the grace period");
        }
    }
}
