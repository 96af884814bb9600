extension CLI {
    /// Every command, in the order help lists them.
    static let commands: [Command] =
        curriculumCommands + bankCommands + runnerCommands + reviewCommands + trackerCommands + certificationCommands + supervisionCommands + evidenceCommands
            + spreadsheetCommands + transcriptCommands + documentCommands + certificateCheckCommands + storeCommands
}
