import Documents
import Testing

struct DocumentKindTests {
    @Test func everyDocumentHasAName() {
        #expect(DocumentKind.allCases.map(\.rawValue) == ["certificate", "packet", "dashboard"])
    }
}
