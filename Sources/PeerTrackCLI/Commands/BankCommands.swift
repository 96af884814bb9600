extension CLI {
    /// Question banks in the formats trainers use: `curriculum import` and `curriculum export`.
    static let bankCommands: [Command] = []
}
