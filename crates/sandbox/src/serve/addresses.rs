//! The addresses pupils type to reach the classroom server, and a QR code of one.

use qrcode::render::unicode::Dense1x2;
use qrcode::QrCode;

/// `http://A.B.C.D:port/` for every IPv4 address of this computer's network
/// interfaces, except loopback and link-local ones (pupils' browsers cannot
/// use those), private networks first.
pub fn lan_addresses(port: u16) -> Vec<String> {
    let Ok(interfaces) = if_addrs::get_if_addrs() else {
        return Vec::new();
    };
    let mut addresses: Vec<std::net::Ipv4Addr> = interfaces
        .iter()
        .filter_map(|interface| match interface.ip() {
            std::net::IpAddr::V4(address) => Some(address),
            std::net::IpAddr::V6(_) => None,
        })
        .filter(|address| !address.is_loopback() && !address.is_link_local())
        .collect();
    addresses.sort_by_key(|address| (!address.is_private(), *address));
    addresses.dedup();
    addresses
        .into_iter()
        .map(|address| format!("http://{address}:{port}/"))
        .collect()
}

/// `address` as a QR code drawn with block characters, two rows of modules
/// per line of text, dark on light (what a phone's camera reads from a terminal).
pub fn qr_code_text(address: &str) -> Option<String> {
    let code = QrCode::new(address.as_bytes()).ok()?;
    Some(
        code.render::<Dense1x2>()
            .dark_color(Dense1x2::Light)
            .light_color(Dense1x2::Dark)
            .quiet_zone(true)
            .build(),
    )
}
