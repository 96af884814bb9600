import Foundation
import PeerTrackCore

/// Seeded mutations of a reader's input, the kinds a fuzzing campaign found trouble with:
/// bytes flipped, the file cut, a piece repeated, control and direction characters put in,
/// deep nesting, huge values and entity tricks. The same seed gives the same bytes.
struct FuzzMutator {
    /// The seeded generator, with the mutations' own (modulo) choice of a number below a
    /// bound, so that a seed keeps giving the cases it gave.
    struct Random {
        var generator: SplitMix64

        init(state: UInt64) { generator = SplitMix64(seed: state) }

        mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(generator.next() % UInt64(bound)) }
    }

    /// What is put in: C0 (TAB, LF and CR among them), DEL, C1, bidi controls, NUL.
    static let controls: [[UInt8]] = [
        [0x00], [0x07], [0x09], [0x0A], [0x0D], [0x1B, 0x5B, 0x32, 0x4A], [0x1B, 0x5D, 0x30, 0x3B, 0x78, 0x07], [0x7F],
        [0xC2, 0x85], [0xC2, 0x9B], [0xE2, 0x80, 0xAE], [0xE2, 0x81, 0xA6], [0xFF], [0xC3],
    ]

    /// Entity and DOCTYPE tricks, and character references to controls.
    static let entities: [String] = [
        "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>", "<!DOCTYPE x SYSTEM \"file:///etc/passwd\">",
        "&a;", "&#27;", "&#x1B;[2J", "&#0;", "&#x202E;", "&#133;", "&lt;&amp;&gt;", "<![CDATA[\u{1B}]]>", "&", "<?xml-stylesheet href=\"x\"?>",
    ]

    var random: Random

    init(seed: UInt64) {
        random = Random(state: seed)
    }

    /// One to three mutations of `input`; `markup` says whether nesting and entities are
    /// XML's (else CSV's and GIFT's braces and quotes).
    mutating func mutate(_ input: [UInt8], markup: Bool) -> [UInt8] {
        var bytes = input
        for _ in 0..<(1 + random.below(3)) {
            bytes = once(bytes, markup: markup)
        }
        return bytes
    }

    private mutating func once(_ bytes: [UInt8], markup: Bool) -> [UInt8] {
        var bytes = bytes
        let at = random.below(bytes.count + 1)
        switch random.below(9) {
        case 0:  // flip bits
            for _ in 0..<(1 + random.below(8)) where !bytes.isEmpty {
                bytes[random.below(bytes.count)] ^= UInt8(truncatingIfNeeded: 1 << random.below(8))
            }
        case 1:  // cut
            bytes = Array(bytes[0..<at])
        case 2:  // repeat a piece
            let end = min(bytes.count, at + 1 + random.below(200))
            let piece = bytes[at..<end]
            let times = [2, 10, 1000][random.below(3)]
            bytes.insert(contentsOf: Array(repeating: Array(piece), count: times).joined(), at: end)
        case 3, 4:  // control characters
            for _ in 0..<(1 + random.below(3)) {
                bytes.insert(contentsOf: Self.controls[random.below(Self.controls.count)], at: random.below(bytes.count + 1))
            }
        case 5:  // deep nesting
            let depth = [20, 200, 5000][random.below(3)]
            let open = markup ? "<a>" : "{\""
            let close = markup ? "</a>" : "\"}"
            bytes.insert(contentsOf: Array((String(repeating: open, count: depth) + String(repeating: close, count: depth)).utf8), at: at)
        case 6:  // a huge value
            let size = [10_000, 300_000, 1_100_000][random.below(3)]
            bytes.insert(contentsOf: [UInt8](repeating: UInt8(ascii: "x"), count: size), at: at)
        case 7:  // entities and DOCTYPEs
            let trick = Self.entities[random.below(Self.entities.count)]
            bytes.insert(contentsOf: Array(trick.utf8), at: trick.hasPrefix("<!DOCTYPE") ? prologEnd(bytes) : at)
        default:  // a structural character put in or taken out
            let marks: [UInt8] = markup ? Array("<>/=\"'&".utf8) : Array(",\"\n\r{}~=#:".utf8)
            if random.below(2) == 0, !bytes.isEmpty {
                bytes.remove(at: min(at, bytes.count - 1))
            } else {
                bytes.insert(marks[random.below(marks.count)], at: at)
            }
        }
        return bytes
    }

    /// Just after the XML declaration, where a DOCTYPE would go.
    private func prologEnd(_ bytes: [UInt8]) -> Int {
        guard bytes.starts(with: Array("<?xml".utf8)), let end = bytes.firstIndex(of: UInt8(ascii: ">")) else { return 0 }
        return end + 1
    }
}
