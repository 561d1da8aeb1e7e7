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
use std::time::Duration;

use hyper::body::{Bytes, Incoming};
use hyper_util::rt::{TokioIo, TokioTimer};

use app_files::APP_FILES;
use engine::i18n::{Language, Localizer};
use responses::{answer, Asked};
use terminal_language::terminal_language;

/// The port tried first; the next few are tried when it is taken.
const DEFAULT_PORT: u16 = 8000;

/// How long a pupil's browser may take to send a request's headers, and how
/// long an idle kept-alive connection stays open: after that it is closed and
/// the browser simply opens a new one.
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(30);

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
        match std::net::TcpListener::bind(SocketAddr::new(host, port)) {
            Ok(listener) => {
                bound = Some(listener);
                break;
            }
            Err(error) => last_error = format!("port {port}: {error}"),
        }
    }
    let listening = bound.and_then(|listener| {
        let port = listener.local_addr().ok()?.port();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_io()
            .enable_time()
            .build()
            .map_err(|error| last_error = error.to_string())
            .ok()?;
        let listener = listener
            .set_nonblocking(true)
            .and_then(|()| {
                let _entered = runtime.enter();
                tokio::net::TcpListener::from_std(listener)
            })
            .map_err(|error| last_error = error.to_string())
            .ok()?;
        Some((runtime, listener, port))
    });
    let Some((runtime, listener, port)) = listening else {
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
    runtime.block_on(accept_connections(listener));
    ExitCode::SUCCESS
}

/// Answers every connection `listener` accepts, each in its own task, for
/// as long as the server runs. A connection that cannot be accepted (too
/// many open files, a client gone before it was taken) is skipped after a
/// moment's pause, so one bad moment never stops the server.
async fn accept_connections(listener: tokio::net::TcpListener) {
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        tokio::spawn(async move {
            let connection = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(HEADER_READ_TIMEOUT)
                .serve_connection(
                    TokioIo::new(stream),
                    hyper::service::service_fn(|request| async move {
                        Ok::<_, std::convert::Infallible>(respond(&request))
                    }),
                );
            // A pupil's browser closing its tab mid-answer is no error of ours.
            let _ = connection.await;
        });
    }
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

/// The HTTP response to `request`, from the app's files.
fn respond(request: &hyper::Request<Incoming>) -> hyper::Response<http_body_util::Full<Bytes>> {
    let header = |name: &str| {
        request
            .headers()
            .get(name)
            .and_then(|value| value.to_str().ok())
    };
    let target = request
        .uri()
        .path_and_query()
        .map_or("/", |target| target.as_str());
    let asked = Asked {
        method: request.method().as_str(),
        target,
        accept_encoding: header("accept-encoding"),
        if_none_match: header("if-none-match"),
    };
    let answered = answer(APP_FILES, &asked);
    let body = match answered.body {
        std::borrow::Cow::Borrowed(bytes) => Bytes::from_static(bytes),
        std::borrow::Cow::Owned(bytes) => Bytes::from(bytes),
    };
    let mut response = hyper::Response::new(http_body_util::Full::new(body));
    *response.status_mut() = hyper::StatusCode::from_u16(answered.status)
        .unwrap_or(hyper::StatusCode::INTERNAL_SERVER_ERROR);
    for (name, value) in answered.headers {
        if let Ok(value) = hyper::header::HeaderValue::from_str(&value) {
            response.headers_mut().append(name, value);
        }
    }
    response
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
