/// The ids of PeerTrack's content (modules, lessons, quizzes, questions, programs): lower-case
/// letters and digits in runs joined by `-`, at most 64 characters, as the schemas say.
public enum ContentID {
    public static func isValid(_ text: String) -> Bool {
        text.count <= 64 && !text.isEmpty
            && text.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
                !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
            }
    }
}
