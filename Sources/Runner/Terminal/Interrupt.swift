#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C during a lesson or quiz: instead of killing the process, the read in progress
/// (or the next one) ends as if input had ended, so the usual save path runs. A second
/// Ctrl-C kills the process as usual.
public enum Interrupt {
    /// Installs the handler for SIGINT and SIGTERM (once; later calls do nothing).
    public static func install() {
        guard nullInput < 0 else { return }
        nullInput = open("/dev/null", O_RDONLY)
        guard nullInput >= 0 else { return }
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for signal in [SIGINT, SIGTERM] {
            sigaddset(&unblocked, signal)
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = handleInterrupt
            #else
            action.__sigaction_u.__sa_handler = handleInterrupt
            #endif
            sigemptyset(&action.sa_mask)
            // SA_RESTART: a blocked read is restarted, and then reads /dev/null (Swift's readLine
            // retries on EINTR, so an interrupted read would not end it). SA_RESETHAND: once only.
            action.sa_flags = Int32(truncatingIfNeeded: Int(SA_RESTART) | Int(SA_RESETHAND))
            sigaction(signal, &action, nil)
        }
        // A parent may have left them blocked (a launcher's mask is inherited).
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
    }

    /// Whether an interrupt arrived.
    public static var wasReceived: Bool {
        received != 0
    }
}

nonisolated(unsafe) private var nullInput: Int32 = -1
nonisolated(unsafe) private var received: sig_atomic_t = 0

/// Only async-signal-safe calls: standard input becomes /dev/null, so the restarted read and
/// every later one see end of input; errno is cleared so that end is not taken for EINTR.
private func handleInterrupt(_ signal: Int32) {
    received = 1
    dup2(nullInput, STDIN_FILENO)
    errno = 0
}
