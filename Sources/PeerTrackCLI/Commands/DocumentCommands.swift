extension CLI {
    /// Documents people print and pages they look at: certificates, renewal packets, the dashboard.
    static let documentCommands: [Command] = []
}
