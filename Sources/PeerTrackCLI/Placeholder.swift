enum PlaceholderPeerTrackCLI {}
