// The floor for start-up: a trivial Swift program that imports Foundation, run the same
// way as peertrack, so the benchmark can say how much of start-up is PeerTrack's own.
import Foundation

print(ProcessInfo.processInfo.arguments.count > 99 ? "" : "floor")
