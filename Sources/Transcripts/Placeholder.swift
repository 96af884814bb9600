enum PlaceholderTranscripts {}
