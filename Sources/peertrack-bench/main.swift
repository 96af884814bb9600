import BenchmarkKit
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "generate", arguments.count == 3 {
    let generator = arguments[1] == "state" ? StoreGenerator.state : StoreGenerator.agency
    let count = try generator.write(to: URL(fileURLWithPath: arguments[2], isDirectory: true))
    print("wrote \(count) records to \(arguments[2])")
    exit(0)
}
print("usage: peertrack-bench generate agency|state DIR")
exit(64)
