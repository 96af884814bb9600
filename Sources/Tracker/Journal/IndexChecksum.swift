/// The check of the index file's sections: a 64-bit multiply-and-xor sum over the
/// little-endian 8-byte words, in four lanes, folded to 32 bits. The index is derived data
/// that every store command reads (a statewide one is megabytes), so its check costs well
/// under one instruction a byte; it only has to tell a damaged or foreign file, which is then
/// rebuilt from the journal, whose lines keep their own CRC-32. Summed a piece at a time.
struct IndexChecksum {
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344, 0xA409_3822_299F_31D0, 0x082E_FA98_EC4E_6C89)
    private var words = 0
    private var carry: UInt64 = 0
    private var carried = 0
    private var length: UInt64 = 0

    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    private static func mixed(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        let value = (lane ^ word) &* multiplier
        return value ^ (value >> 29)
    }

    /// Mixes one word into the lane whose turn it is.
    private mutating func mix(_ word: UInt64) {
        switch words & 3 {
        case 0: lanes.0 = Self.mixed(lanes.0, word)
        case 1: lanes.1 = Self.mixed(lanes.1, word)
        case 2: lanes.2 = Self.mixed(lanes.2, word)
        default: lanes.3 = Self.mixed(lanes.3, word)
        }
        words += 1
    }

    /// Adds the next bytes.
    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        length &+= UInt64(bytes.count)
        var index = 0
        let count = bytes.count
        if carried > 0 {
            while carried < 8, index < count {
                carry |= UInt64(bytes[index]) << (8 * UInt64(carried))
                carried += 1
                index += 1
            }
            guard carried == 8 else { return }
            mix(carry)
            (carry, carried) = (0, 0)
        }
        while words & 3 != 0, index + 8 <= count {
            mix(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self).littleEndian)
            index += 8
        }
        // Four words at a time, one a lane, so the multiplications do not wait on each other.
        var (a, b, c, d) = lanes
        let rounds = (count - index) / 32
        for _ in 0..<rounds {
            a = Self.mixed(a, bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self).littleEndian)
            b = Self.mixed(b, bytes.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self).littleEndian)
            c = Self.mixed(c, bytes.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self).littleEndian)
            d = Self.mixed(d, bytes.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self).littleEndian)
            index += 32
        }
        lanes = (a, b, c, d)
        words += 4 * rounds
        while index + 8 <= count {
            mix(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self).littleEndian)
            index += 8
        }
        while index < count {
            carry |= UInt64(bytes[index]) << (8 * UInt64(carried))
            carried += 1
            index += 1
        }
    }

    /// The check of the bytes added so far.
    var value: UInt32 {
        var copy = self
        if copy.carried > 0 { copy.mix(copy.carry ^ (UInt64(copy.carried) << 56)) }
        let (a, b, c, d) = copy.lanes
        var value = a ^ ((b << 16) | (b >> 48)) ^ ((c << 32) | (c >> 32)) ^ ((d << 48) | (d >> 16)) ^ (copy.length &* Self.multiplier)
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        value ^= value >> 31
        return UInt32(truncatingIfNeeded: value ^ (value >> 32))
    }

    /// The check of one buffer.
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var sum = IndexChecksum()
        sum.add(bytes)
        return sum.value
    }
}
