extension CLI {
    func runMenu() throws -> Int32 {
        console.write(Help.overview(commands: Self.commands))
        return 0
    }
}
