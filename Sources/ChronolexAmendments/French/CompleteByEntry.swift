import ChronolexModel

/// « le point " A.3.2 Traitement pour glaucome " est complété par la prestation suivante et
/// ses modalités de remboursement : " 181974-181985 Ensemble des micro-stents … " » and the
/// table of its terms (2022040037, art. 1, 1°): a new entry of a list at the end of the
/// unit, numbered by the code its text begins with. The table that ends the instruction
/// (``ClauseInput/tableRows``) is the entry's too.
enum CompleteByEntryForm: InstructionForm {
    /// The entries a list of the INAMI is completed with, as the acts name them (folded).
    static let entries: [(words: [String], word: String)] = [
        (["la", "prestation", "suivante"], "prestation"),
    ]

    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .unit = clause.subject, s.takeAuxiliary(), s.takeParticiple("complet"), s.take("par"),
              let entry = entries.first(where: { s.take($0.words) }) else { return nil }
        _ = s.take("et", "ses", "modalites", "de", "remboursement")
        let text = NewText.read(&s, announced: true)
        guard let first = text.blocks.first else {
            throw InstructionError("a new \(entry.word) is announced but no text follows", kind: .missingText)
        }
        let code = first.prefix { !$0.isWhitespace }
        guard code.first?.isNumber == true, code.allSatisfy({ $0.isNumber || $0 == "-" }) else {
            throw InstructionError("the new \(entry.word)'s text does not begin with its code (« \(Scanner.excerpt(first)) »)")
        }
        // The table after it is the entry's (its terms), said or not: never dropped.
        var blocks = text.blocks
        if !clause.tableRows.isEmpty { blocks += [TableText.marker] + clause.tableRows }
        let unit = NewUnit(.entry(entry.word), number: String(code))
        return [ClauseOutput(target: clause.target, change: .insertUnits(unit, Fragment(blocks: blocks, content: .text), at: .end),
                             announced: true, readAs: unit.expectedText)]
    }
}
