//! `sandbox serve`: the classroom server. Serves the app's release files,
//! embedded in this binary, to the pupils' browsers.
//!
//! Loopback only by default (`http://127.0.0.1:8000/`); `--lan` serves the
//! local network too and prints every address pupils can type, with a QR code
//! for tablets. `--port N` picks the port (0: any free one; the address is
//! printed either way); `--open` opens the default browser. Double-clicking
//! the Windows binary is `--lan --open`.

mod addresses;
mod app_files;
mod responses;
mod terminal_language;

use std::io::Write as _;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::process::ExitCode;
use std::sync::Arc;

use app_files::APP_FILES;
use engine::i18n::{Language, Localizer};
use responses::{answer, Asked};
use terminal_language::terminal_language;

/// The port tried first; the next few are tried when it is taken.
const DEFAULT_PORT: u16 = 8000;

/// Threads answering requests (connections themselves are read by
/// tiny_http's own pool, so a few hundred open connections are fine). A
/// thread stays with an answer until the pupil's browser has taken it, so
/// there are enough that tablets on slow Wi-Fi fetching the 0.8 MB wasm do
/// not hold up everyone else's small files.
const ANSWERING_THREADS: usize = 64;

const USAGE: &str = "usage: sandbox serve [--lan] [--port N] [--open] [--lang kk|ru|en]";

struct Options {
    lan: bool,
    port: Option<u16>,
    open_browser: bool,
    language: Option<Language>,
}

/// How `sandbox serve` was started.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Started {
    /// From a terminal, with arguments.
    FromTerminal,
    /// By a double click (Windows): the window closes when the program
    /// ends, so an error waits for Enter to be read first.
    ByDoubleClick,
}

fn parse_options(arguments: &[String]) -> Result<Options, String> {
    let mut options = Options {
        lan: false,
        port: None,
        open_browser: false,
        language: None,
    };
    let mut rest = arguments.iter();
    while let Some(argument) = rest.next() {
        match argument.as_str() {
            "--lan" => options.lan = true,
            "--open" => options.open_browser = true,
            "--lang" => {
                let value = rest.next().ok_or(USAGE)?;
                options.language = Some(
                    Language::from_code(value)
                        .ok_or_else(|| format!("--lang takes kk, ru or en, not {value:?}"))?,
                );
            }
            "--port" => {
                let value = rest.next().ok_or(USAGE)?;
                options.port = Some(value.parse().map_err(|_| {
                    format!("--port takes a number from 0 to 65535, not {value:?}")
                })?);
            }
            _ => return Err(USAGE.to_owned()),
        }
    }
    Ok(options)
}

/// `sandbox serve [--lan] [--port N] [--open] [--lang kk|ru|en]`; serves until stopped.
// The classroom server runs natively, where threads exist; the ban is for
// the app and the engine.
#[allow(clippy::disallowed_methods)]
pub fn serve(arguments: &[String], started: Started) -> ExitCode {
    let options = match parse_options(arguments) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let messages = Localizer::new(terminal_language(options.language));
    if APP_FILES.is_empty() {
        eprintln!("sandbox: {}", messages.text("server-no-files"));
        return ExitCode::from(2);
    }
    let host = if options.lan {
        IpAddr::V4(Ipv4Addr::UNSPECIFIED)
    } else {
        IpAddr::V4(Ipv4Addr::LOCALHOST)
    };
    let ports: Vec<u16> = match options.port {
        Some(port) => vec![port],
        None => (DEFAULT_PORT..DEFAULT_PORT + 10).collect(),
    };
    let mut last_error = String::new();
    let mut bound = None;
    for port in ports {
        match tiny_http::Server::http(SocketAddr::new(host, port)) {
            Ok(server) => {
                bound = Some(server);
                break;
            }
            Err(error) => last_error = format!("port {port}: {error}"),
        }
    }
    let Some((server, port)) = bound.and_then(|server| {
        let port = server.server_addr().to_ip()?.port();
        Some((server, port))
    }) else {
        let text = messages.text_with("server-cannot-listen", &[("error", last_error.into())]);
        eprintln!("sandbox: {text}");
        if started == Started::ByDoubleClick {
            eprintln!("{}", messages.text("server-press-enter"));
            let _ = std::io::stdin().read_line(&mut String::new());
        }
        return ExitCode::from(1);
    };
    let local_address = format!("http://127.0.0.1:{port}/");
    print_addresses(&messages, &local_address, options.lan, port);
    if options.open_browser {
        open_browser(&local_address);
    }
    let server = Arc::new(server);
    let workers: Vec<_> = (0..ANSWERING_THREADS)
        .map(|_| {
            let server = Arc::clone(&server);
            std::thread::spawn(move || {
                while let Ok(request) = server.recv() {
                    respond(request);
                }
            })
        })
        .collect();
    for worker in workers {
        let _ = worker.join();
    }
    ExitCode::SUCCESS
}

fn print_addresses(messages: &Localizer, local_address: &str, lan: bool, port: u16) {
    let mut out = std::io::stdout().lock();
    let file_count = [("files", APP_FILES.len().into())];
    let _ = writeln!(out, "{}", messages.text_with("server-serving", &file_count));
    let _ = writeln!(
        out,
        "{}  {local_address}",
        messages.text("server-open-here")
    );
    if lan {
        let lan_addresses = addresses::lan_addresses(port);
        if lan_addresses.is_empty() {
            let _ = writeln!(out, "{}", messages.text("server-no-lan"));
        } else {
            let _ = writeln!(out, "{}", messages.text("server-lan-open"));
            for address in &lan_addresses {
                let _ = writeln!(out, "    {address}");
            }
            if let Some(code) = addresses::qr_code_text(&lan_addresses[0]) {
                let _ = writeln!(out, "\n{} {}", messages.text("server-qr"), lan_addresses[0]);
                let _ = writeln!(out, "{code}");
            }
            let _ = writeln!(out, "{}", messages.text("server-lan-caution"));
        }
    } else {
        let _ = writeln!(out, "{}", messages.text("server-loopback-only"));
    }
    let _ = writeln!(out, "{}", messages.text("server-stop"));
    let _ = out.flush();
}

fn respond(request: tiny_http::Request) {
    let header = |name: &'static str| {
        request
            .headers()
            .iter()
            .find(|header| header.field.equiv(name))
            .map(|header| header.value.as_str().to_owned())
    };
    let accept_encoding = header("Accept-Encoding");
    let if_none_match = header("If-None-Match");
    let method = request.method().as_str().to_owned();
    let asked = Asked {
        method: &method,
        target: request.url(),
        accept_encoding: accept_encoding.as_deref(),
        if_none_match: if_none_match.as_deref(),
    };
    let answered = answer(APP_FILES, &asked);
    let headers: Vec<tiny_http::Header> = answered
        .headers
        .iter()
        .filter_map(|(name, value)| {
            tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
        })
        .collect();
    let length = answered.body.len();
    let response = tiny_http::Response::new(
        tiny_http::StatusCode(answered.status),
        headers,
        std::io::Cursor::new(answered.body),
        Some(length),
        None,
    );
    let _ = request.respond(response);
}

/// Opens `address` in the default browser (for a teacher who double-clicked).
fn open_browser(address: &str) {
    let mut command = if cfg!(windows) {
        let mut command = std::process::Command::new("cmd");
        command.args(["/C", "start", "", address]);
        command
    } else if cfg!(target_os = "macos") {
        let mut command = std::process::Command::new("open");
        command.arg(address);
        command
    } else {
        let mut command = std::process::Command::new("xdg-open");
        command.arg(address);
        command
    };
    // Without a browser to start, the address printed above is the way in.
    let _ = command.spawn();
}
