//! A throwaway PostgreSQL cluster for the tests: created in a scratch
//! folder, listening only on loopback, removed when dropped.

use std::net::TcpListener;
use std::path::{Path, PathBuf};

use crate::cmd::{self, command, output};

pub struct Postgres {
    bin: PathBuf,
    dir: PathBuf,
    port: u16,
    as_postgres_user: bool,
}

/// The newest installed server's bin folder (Debian: /usr/lib/postgresql/<major>/bin).
fn server_bin() -> Result<PathBuf, String> {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .map_err(|_| "PostgreSQL is not installed (/usr/lib/postgresql is missing)".to_string())?
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let major = entry.file_name().to_string_lossy().parse().ok()?;
            Some((major, entry.path().join("bin")))
        })
        .filter(|(_, bin)| bin.join("initdb").exists())
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin).ok_or_else(|| "no PostgreSQL server binaries under /usr/lib/postgresql".into())
}

impl Postgres {
    pub fn start() -> Result<Postgres, String> {
        let bin = server_bin()?;
        let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map_err(|e| e.to_string())?.port();
        let dir = std::env::temp_dir().join(format!("redress-pg-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        // PostgreSQL refuses to run as root: the cluster belongs to the `postgres` user then.
        let as_postgres_user = output(command("id").arg("-u")).is_some_and(|uid| uid.trim() == "0");
        if as_postgres_user {
            cmd::run(command("chown").arg("postgres:postgres").arg(&dir))?;
        }
        let postgres = Postgres { bin, dir, port, as_postgres_user };
        postgres.run_tool(
            "initdb",
            &["-D", &postgres.data(), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"],
        )?;
        let options = format!("-p {port} -k {} -c listen_addresses=127.0.0.1", postgres.dir.display());
        let log = postgres.dir.join("server.log");
        postgres.run_tool(
            "pg_ctl",
            &["-D", &postgres.data(), "-o", &options, "-l", &log.to_string_lossy(), "-w", "start"],
        )?;
        println!("  PostgreSQL running on 127.0.0.1:{port}");
        Ok(postgres)
    }

    fn data(&self) -> String {
        self.dir.join("data").to_string_lossy().into_owned()
    }

    fn run_tool(&self, tool: &str, args: &[&str]) -> Result<(), String> {
        let program = self.bin.join(tool);
        let mut tool = if self.as_postgres_user {
            let mut runuser = command("runuser");
            runuser.args(["-u", "postgres", "--"]).arg(&program);
            runuser
        } else {
            command(&program)
        };
        cmd::run(tool.args(args).current_dir(Path::new("/")))
    }

    /// The admin database's URL; tests create their own databases from it.
    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        let _ = self.run_tool("pg_ctl", &["-D", &self.data(), "-m", "immediate", "-w", "stop"]);
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
