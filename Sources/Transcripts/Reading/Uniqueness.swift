import Foundation
import PeerTrackCore
import PeerXML

/// The published schema's two identity constraints (every record id and every person id
/// used once), checked as a transcript streams by with memory of a few bytes per id
/// (`HashedIDSet`) rather than libxml2's tables of every id, which grow by hundreds of
/// bytes per record and slow its validator down more than linearly.
///
/// An id whose hash was seen before is only a suspect (two ids may share a hash); the
/// suspects, if there are any, are confirmed by a second pass over the file comparing the
/// ids themselves, so a repeat is reported exactly where it is, with where the id first
/// appeared, and a sound file is read once.
struct Uniqueness {
    private var records = HashedIDSet()
    private var people = HashedIDSet()
    private var suspectRecords: Set<String> = []
    private var suspectPeople: Set<String> = []

    /// The bytes the two sets take.
    var memoryBytes: Int { records.memoryBytes + people.memoryBytes }

    /// Notes a person's id and the ids of all its records.
    mutating func note(_ person: XMLElement) {
        if let id = person[attribute: "id"], !people.insert(id) { suspectPeople.insert(id) }
        noteRecords(person)
    }

    private mutating func noteRecords(_ element: XMLElement) {
        if let id = element[attribute: "record"], !records.insert(id) { suspectRecords.insert(id) }
        for child in element.children { noteRecords(child) }
    }

    /// Every id really used twice, found by reading the file again when there are suspects
    /// (worded as libxml2 words a broken `xs:unique`, which other tools print for the same file).
    func confirmed(in url: URL, name: String) -> [XMLDiagnostic] {
        guard !suspectRecords.isEmpty || !suspectPeople.isEmpty else { return [] }
        var firstRecords: [String: Int] = [:]
        var firstPeople: [String: Int] = [:]
        var diagnostics: [XMLDiagnostic] = []
        func check(_ element: XMLElement, id: String, constraint: String, suspects: Set<String>, first: inout [String: Int]) {
            guard suspects.contains(id) else { return }
            guard let line = first[id] else {
                first[id] = element.line
                return
            }
            let namespace = "{\(TranscriptFormat.namespace)}"
            diagnostics.append(XMLDiagnostic(
                file: name, line: element.line, column: element.column,
                message: "Element '\(namespace)\(element.name)': Duplicate key-sequence ['\(id)'] in unique identity-constraint '\(namespace)\(constraint)' (first used on line \(line))"))
        }
        func walk(_ element: XMLElement) {
            if let id = element[attribute: "record"] {
                check(element, id: id, constraint: "RecordIDsAreUnique", suspects: suspectRecords, first: &firstRecords)
            }
            element.children.forEach(walk)
        }
        _ = StreamingXMLReader(limits: TranscriptReader.limits).read(
            contentsOf: url, schema: nil, displayName: name, root: { _ in },
            item: { element in
                guard element.name == "Person" else { return }
                if let id = element[attribute: "id"] {
                    check(element, id: id, constraint: "PersonIDsAreUnique", suspects: suspectPeople, first: &firstPeople)
                }
                walk(element)
            })
        return diagnostics.inDocumentOrder
    }
}
