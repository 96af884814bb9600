import Runner

extension CLI {
    /// The menu for a person at a terminal: modules, what is done, what is next.
    func runMenu() throws -> Int32 {
        try coach(as: nil).menu()
        return Interrupt.wasReceived ? 130 : 0
    }
}
