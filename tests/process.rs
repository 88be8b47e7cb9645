//! How `minigo run` behaves as a process among others, where the exit itself is the
//! point: signals, pipes, standard input that stays silent. The programs are in
//! `tests/process/`; what they must do is what real Go does with them (noted per test).

use std::io::{BufRead, BufReader};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// Linux's signal number.
const SIGPIPE: i32 = 13;

fn program(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/process").join(name)
}

fn minigo(name: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_minigo"));
    cmd.arg("run").arg(program(name));
    cmd
}

/// Waits for `child` at most `limit`; kills it and fails the test past that.
fn wait_at_most(child: &mut Child, limit: Duration, what: &str) -> ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// `for { fmt.Println(i) }` piped into a reader that stops after one line (`| head -1`):
/// Go's program dies of SIGPIPE at the first write after the reader is gone (the shell
/// reports 141). minigo used to loop for ever, ignoring the EPIPE errors.
#[test]
fn endless_println_into_a_closed_pipe_dies_of_sigpipe() {
    let mut child = minigo("endless_println.go").stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    assert_eq!(first, "0\n");
    drop(out);
    let status = wait_at_most(&mut child, Duration::from_secs(20), "endless Println after its reader closed");
    assert_eq!(status.signal(), Some(SIGPIPE), "status {status:?}");
}

/// Goroutines blocked in `os.Stdin.Read` on an open, silent pipe (one per processor, at
/// GOMAXPROCS 1 and 2): main's `time.After` select times out and the program exits
/// while stdin is still open (Go prints "timeout"). The blocked reads must hand their
/// processors over (system-call state); before, the program waited for stdin to close.
#[test]
fn a_select_times_out_beside_readers_of_a_silent_stdin() {
    for procs in ["1", "2"] {
        for _ in 0..3 {
            let mut child = minigo("silent_stdin_timeout.go")
                .env("GOMAXPROCS", procs)
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            // Keep stdin open (and silent) until the program is done.
            let stdin = child.stdin.take().unwrap();
            let status = wait_at_most(&mut child, Duration::from_secs(20), "select beside silent stdin readers");
            drop(stdin);
            let mut out = String::new();
            std::io::Read::read_to_string(&mut child.stdout.take().unwrap(), &mut out).unwrap();
            assert!(status.success(), "GOMAXPROCS={procs}: status {status:?}");
            assert_eq!(out, "timeout\n", "GOMAXPROCS={procs}");
        }
    }
}

/// SIGINT from outside: without signal.Notify the program dies of the signal (Go's
/// default action: the shell reports 130); with Notify it reaches the channel through
/// the runtime and the program goes on ("got interrupt", exit 0), as real Go does.
#[test]
fn sigint_kills_by_default_and_reaches_a_notified_channel() {
    const SIGINT: i32 = 2;
    for notify in [false, true] {
        let mut cmd = minigo("signal_default_and_notified.go");
        // A program started with SIGINT ignored keeps it ignored, in Go as in minigo, and a
        // non-interactive shell starts background jobs that way (`cargo test &`): the
        // default action this test is about must be what the program inherits.
        // SAFETY: signal(2) is async-signal-safe, as pre_exec requires.
        unsafe {
            cmd.pre_exec(|| {
                libc::signal(libc::SIGINT, libc::SIG_DFL);
                Ok(())
            });
        }
        if notify {
            cmd.arg("notify");
        }
        let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        out.read_line(&mut line).unwrap();
        assert_eq!(line, "ready\n");
        // SAFETY: kill(2) of our own child.
        unsafe { libc::kill(child.id() as i32, SIGINT) };
        let status = wait_at_most(&mut child, Duration::from_secs(20), "program sent SIGINT");
        let mut rest = String::new();
        std::io::Read::read_to_string(&mut out, &mut rest).unwrap();
        if notify {
            assert!(status.success(), "status {status:?}");
            assert_eq!(rest, "got interrupt\n");
        } else {
            assert_eq!(status.signal(), Some(SIGINT), "status {status:?}");
            assert_eq!(rest, "");
        }
    }
}
