import PeerTrackCore

/// The one place a new record is stamped: a fresh id, the time it is written, the OS
/// account that writes it (the kernel's, from `TrackerContext`) and the roster person
/// acting. Every route that writes (a command, evidence, a spreadsheet or transcript
/// import, the quiz runner) makes its records here, so no route can stamp them otherwise.
struct RecordStamper {
    /// The time of every record made, `YYYY-MM-DDTHH:MM:SSZ`: one batch, one time.
    let time: String
    /// The account that writes them.
    let account: String
    /// The roster person acting, if known.
    let actor: String?
    /// The source of record ids.
    let newID: @Sendable () -> String

    /// A stamper for records written now by this tracker's account.
    init(context: TrackerContext, actor: String?) {
        self.time = TrackerContext.timestamp(context.now())
        self.account = context.account
        self.actor = actor
        self.newID = context.newID
    }

    /// A new record of `kind` with `fields`, under a fresh id unless one is drawn already.
    func record(_ kind: RecordKind, _ fields: [(String, String)], id: String? = nil) -> Record {
        Record(id: id ?? newID(), kind: kind, time: time, account: account, actor: actor, fields: fields)
    }
}

extension Tracker {
    /// The stamper of records written now, acting as `actor`.
    func stamper(actor: String?) -> RecordStamper {
        RecordStamper(context: context, actor: actor)
    }
}
