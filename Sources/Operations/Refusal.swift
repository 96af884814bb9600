

/// An action refused or a document that cannot be made, said for the person who asked
/// (exit status 1).
package struct Refusal: Error, CustomStringConvertible {
    package var description: String

    package init(_ description: String) {
        self.description = description
    }
}
