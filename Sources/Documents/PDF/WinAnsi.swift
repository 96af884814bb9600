import Foundation

/// WinAnsiEncoding (Windows code page 1252), the byte encoding PeerTrack's PDFs use for
/// text in the standard fonts: it covers the accented letters of Western names.
enum WinAnsi {
    /// The byte written for a character the encoding has no place for: "?".
    static let replacement = UInt8(ascii: "?")

    /// The text's bytes, one per character; characters outside the encoding become "?".
    static func encode(_ text: String) -> [UInt8] {
        text.precomposedStringWithCanonicalMapping.map(byte(for:))
    }

    /// The byte for one character (after canonical composition, so "e" + combining acute is "é").
    static func byte(for character: Character) -> UInt8 {
        if character == "\r\n" { return UInt8(ascii: " ") }
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let value = scalars.first?.value else { return replacement }
        switch value {
        case 0x20...0x7E, 0xA0...0xFF: return UInt8(value)
        case 0x09, 0x0A, 0x0D: return UInt8(ascii: " ")
        default: return upperControlRange[value] ?? replacement
        }
    }

    /// Code page 1252's letters and punctuation in 0x80-0x9F, where Latin-1 has controls.
    private static let upperControlRange: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86,
        0x2021: 0x87, 0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C,
        0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95,
        0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B,
        0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]
}
