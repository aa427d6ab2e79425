//! The address a request comes from, which the rate limits are kept by.
//!
//! In production the portal sits behind a reverse proxy (for TLS), and every
//! connection then comes from the proxy: without more, all customers would
//! share one allowance. A proxy the operator names in
//! `REDRESS_TRUSTED_PROXIES` says whom it forwarded for in `X-Forwarded-For`,
//! and that address counts instead. Anyone can send that header, so it is
//! read only from a trusted proxy, and only as far back as trusted proxies
//! wrote it: each proxy appends the address it was connected from, so the
//! client is the last address that is not one of the operator's proxies.

use std::net::IpAddr;

use axum::http::HeaderMap;
use ipnet::IpNet;

/// The operator's reverse proxies: addresses or networks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// Space-separated addresses (`10.0.0.7`, `::1`) or networks
    /// (`10.0.0.0/8`, `fd00::/8`).
    pub fn parse(text: &str) -> Result<TrustedProxies, String> {
        let networks = text
            .split_whitespace()
            .map(|item| {
                item.parse::<IpNet>()
                    .or_else(|_| item.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| format!("`{item}` is not an address or network such as 10.0.0.7 or 10.0.0.0/8"))
            })
            .collect::<Result<_, _>>()?;
        Ok(TrustedProxies(networks))
    }

    /// On a dual-stack listener an IPv4 client arrives as `::ffff:10.0.0.7`;
    /// it is compared (and counted) as `10.0.0.7`.
    fn trusts(&self, address: IpAddr) -> bool {
        self.0.iter().any(|network| network.contains(&address.to_canonical()))
    }

    /// The client behind a connection from `peer` that sent `headers`.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = peer.to_canonical();
        if !self.trusts(peer) {
            return peer;
        }
        // Every X-Forwarded-For header in order, as one list, read from the
        // nearest hop back.
        let hops = headers
            .get_all("x-forwarded-for")
            .iter()
            .flat_map(|value| value.to_str().unwrap_or_default().split(','))
            .collect::<Vec<_>>();
        let mut client = peer;
        for hop in hops.iter().rev() {
            // An entry that is not an address ends the walk: the nearest
            // address read is the best that is known.
            let Ok(address) = hop.trim().parse::<IpAddr>() else { break };
            client = address.to_canonical();
            if !self.trusts(address) {
                break;
            }
        }
        client
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn forwarded(values: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append("x-forwarded-for", HeaderValue::from_str(value).unwrap());
        }
        headers
    }

    #[test]
    fn without_trusted_proxies_the_header_is_ignored() {
        let none = TrustedProxies::default();
        assert_eq!(none.client(ip("203.0.113.9"), &forwarded(&["198.51.100.1"])), ip("203.0.113.9"));
    }

    #[test]
    fn a_trusted_proxy_names_the_client() {
        let proxies = TrustedProxies::parse("10.0.0.0/8 ::1").unwrap();
        assert_eq!(proxies.client(ip("10.1.2.3"), &forwarded(&["198.51.100.1"])), ip("198.51.100.1"));
        assert_eq!(proxies.client(ip("::1"), &forwarded(&[" 2001:db8::7 "])), ip("2001:db8::7"));
        // A chain of the operator's proxies is looked through.
        assert_eq!(proxies.client(ip("10.0.0.1"), &forwarded(&["198.51.100.1, 10.0.0.2"])), ip("198.51.100.1"));
        // Several headers are one list, in order.
        assert_eq!(proxies.client(ip("10.0.0.1"), &forwarded(&["198.51.100.1", "10.0.0.2"])), ip("198.51.100.1"));
        // Without the header, the proxy itself is all that is known.
        assert_eq!(proxies.client(ip("10.0.0.1"), &HeaderMap::new()), ip("10.0.0.1"));
    }

    #[test]
    fn ipv4_clients_of_a_dual_stack_listener_count_as_ipv4() {
        let proxies = TrustedProxies::parse("10.0.0.0/8").unwrap();
        assert_eq!(proxies.client(ip("::ffff:10.0.0.1"), &forwarded(&["::ffff:198.51.100.1"])), ip("198.51.100.1"));
        let none = TrustedProxies::default();
        assert_eq!(none.client(ip("::ffff:198.51.100.1"), &HeaderMap::new()), ip("198.51.100.1"));
    }

    #[test]
    fn what_a_client_writes_itself_does_not_count() {
        let proxies = TrustedProxies::parse("10.0.0.1").unwrap();
        // The client claims to be someone else; the proxy appends its real address.
        assert_eq!(proxies.client(ip("10.0.0.1"), &forwarded(&["1.2.3.4, 198.51.100.1"])), ip("198.51.100.1"));
        // A connection straight from the client, not through the proxy.
        assert_eq!(proxies.client(ip("198.51.100.1"), &forwarded(&["1.2.3.4"])), ip("198.51.100.1"));
        // Garbage stops the walk at the nearest address read.
        assert_eq!(
            proxies.client(ip("10.0.0.1"), &forwarded(&["1.2.3.4, nonsense, 198.51.100.1"])),
            ip("198.51.100.1")
        );
        assert_eq!(proxies.client(ip("10.0.0.1"), &forwarded(&["nonsense"])), ip("10.0.0.1"));
    }

    #[test]
    fn bad_settings_are_named() {
        assert_eq!(TrustedProxies::parse("").unwrap(), TrustedProxies::default());
        assert_eq!(
            TrustedProxies::parse("10.0.0.1 proxy.local").unwrap_err(),
            "`proxy.local` is not an address or network such as 10.0.0.7 or 10.0.0.0/8"
        );
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
    }
}
