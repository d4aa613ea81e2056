import ChronolexModel

/// « dans la colonne " Remblayage technique ", la croix est supprimée pour les lignes ayant
/// trait aux matières intitulées " A ", " B " et " C " » (2023200531, art. 8, 5°, d)): the
/// cross of the column's cell, in each row named, taken out — the words « X » of that cell
/// (either case, as words are found), one edit per row. Without a column: not read.
enum RemoveCrossForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .none = clause.subject, s.take("la", "croix"), s.takeAuxiliary(), s.takeParticiple("supprim") else { return nil }
        guard s.take("pour", "les", "lignes"), let rows = ReferenceReader.readRowsByName(&s), !rows.isEmpty else {
            throw InstructionError("« la croix est supprimée »: the rows it is taken from are not named by their words")
        }
        return [ClauseOutput(target: clause.target, change: .deleteWords(QuotedWords("X", noun: "croix"), every: false),
                             notes: ["la croix: the mark « X » of the cell"], rows: rows)]
    }
}
