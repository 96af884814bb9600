import Foundation

extension Journal {
    /// Reads every record in pieces of about `chunk` bytes on every core, hands each piece's
    /// records (oldest first) to `transform`, and the results to `consume` in journal order
    /// on the calling thread: for passes over every record, such as the log.
    public func pipelineRecords<T: Sendable>(
        chunk: Int = 1 << 18, _ transform: @escaping @Sendable ([Record]) throws -> T, consume: (T) throws -> Void
    ) throws {
        let bytes = try reader.bytes()
        // Pieces end at line ends.
        var starts = [0]
        while let last = starts.last, last + chunk < bytes.count {
            let rest = UnsafeRawBufferPointer(rebasing: bytes[(last + chunk)...])
            guard let newline = rest.firstIndex(of: UInt8(ascii: "\n")), last + chunk + newline + 1 < bytes.count else { break }
            starts.append(last + chunk + newline + 1)
        }
        starts.append(bytes.count)
        let pieces = starts
        let shared = Unchecked(self)
        let window = 8
        try OrderedPipeline.run(
            count: starts.count - 1, window: window,
            compute: { piece in try transform(try shared.value.reader.records(inBytes: pieces[piece]..<pieces[piece + 1])) },
            consume: { piece, value in
                try consume(value)
                if piece % window == window - 1 { reader.releasePages(from: 0, to: pieces[piece + 1]) }
            })
    }
}
