import ChronolexModel

/// "In artikel 4 wordt de tabel vervangen door de volgende tabel:" then the table (printed
/// without quotation marks, or quoted); also "… vervangen als volgt:". The one table the
/// target holds.
enum DutchReplaceTableForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        var subject = clause.subject
        // "In artikel 4 wordt de tabel vervangen …": the verb before the subject.
        guard s.takeAny(["wordt", "worden"]) != nil else { return nil }
        if case .none = subject, s.take("de", "tabel") { subject = .table }
        guard case .table = subject, s.take("vervangen") else { return nil }
        let announced = NewText.takeAnnouncement(&s) || s.take("door", "de", "volgende", "tabel") || s.take("door", "de", "tabel", "hierna")
        return try ReplaceTableText.output(&s, clause, announced: announced)
    }
}
