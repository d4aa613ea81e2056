import ChronolexModel

/// "Dans l'article 4 du même décret, le tableau est remplacé par le tableau suivant :" then
/// the table, printed without quotation marks (2024200691) or quoted; also "… par ce qui
/// suit :", "… est remplacé comme suit :". The one table the target holds.
enum ReplaceTableForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .table = clause.subject, s.takeAuxiliary(), s.takeParticiple("remplac") else { return nil }
        let announced = NewText.takeAnnouncement(&s)
            || (s.take("par", "le", "tableau") && (s.takeAny(Lexicon.following) != nil || s.take("ci-apres") || s.take("ci", "-", "apres")))
        return try ReplaceTableText.output(&s, clause, announced: announced)
    }
}

/// The new rows of a table replaced, in both languages: the table that ends the
/// instruction's text (``ClauseInput/tableRows``), or a quotation whose lines are all rows.
enum ReplaceTableText {
    static func output(_ s: inout Scanner, _ clause: ClauseInput, announced: Bool) throws(InstructionError) -> [ClauseOutput]? {
        guard announced else { return nil }
        var rows = clause.tableRows
        if rows.isEmpty {
            let quoted = NewText.read(&s, announced: true)
            guard TableText.isTable(quoted.blocks) else {
                throw InstructionError(quoted.blocks.isEmpty ? "a new table is announced but none follows"
                                                             : "a new table is announced, but the text that follows is not a table (« \(Scanner.excerpt(quoted.blocks[0])) »)",
                                       kind: quoted.blocks.isEmpty ? .missingText : .other)
            }
            rows = TableText.rows(quoted.blocks)
        } else {
            _ = s.take(":")
        }
        return [ClauseOutput(target: clause.target, change: .replaceTable(Fragment(blocks: rows, content: .text)), announced: true)]
    }
}
