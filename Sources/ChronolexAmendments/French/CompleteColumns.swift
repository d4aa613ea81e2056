import ChronolexModel

/// The columns of a table completed by values, the row it gains each year (the AR/CIR 92's
/// tables of rates, 2021030322):
/// - « la colonne de l'année au cours de laquelle le contrat de prêt est conclu, est
///   complétée par « 2020 » » — a column named by the words that describe it (or by its
///   heading, « la colonne « Année » »);
/// - « … est complétée par « 1,41 » en ce qui concerne les prêts … et « 1,36 » en ce qui
///   concerne les autres prêts » — several values, each with the words that say what it is for;
/// - « les colonnes de l'année … et du taux de référence … sont respectivement complétées
///   par « 2020 » et « 10,20 » » — as many values as columns, in order;
/// - « les diverses colonnes du tableau … sont complétées comme indiqué à l'annexe au
///   présent arrêté » — the rows of this act's annex (``Change/appendRows(_:)``).
enum CompleteColumnsForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        let start = s.index
        if case .unit(let reference) = clause.subject, let cell = reference.table.last {
            // « la colonne « Année » est complétée par … »; « les diverses colonnes du tableau … ».
            if reference.table.first == "colonnes" {
                guard s.takeAuxiliary(), s.takeParticiple("complet"), s.take("comme"), s.takeAny(["indique", "indiques", "indiquee"]) != nil,
                      s.take("a") || s.take("dans"), let number = OwnAnnex.read(&s) else { s.index = start; return nil }
                return [ClauseOutput(target: clause.target, change: .appendRows(Fragment(blocks: [], content: .text)),
                                     notes: ["complétées comme indiqué à l'annexe \(number.map { $0 + " " } ?? "")du présent acte"],
                                     byOwnAnnex: true, ownAnnex: number)]
            }
            guard let column = TableColumn(cell: cell), s.takeAuxiliary(), s.takeParticiple("complet"), s.take("par"),
                  let values = readValues(&s) else { s.index = start; return nil }
            return [try output(clause, columns: [column], values: values)]
        }
        guard case .none = clause.subject else { return nil }
        let plural: Bool
        if s.take("la", "colonne") {
            plural = false
        } else if s.take("les", "colonnes") {
            plural = true
        } else {
            return nil
        }
        // The words that describe the column(s), up to the verb: an auxiliary followed by
        // « complétée(s) » or « respectivement » (the description may hold a verb of its own,
        // « … le contrat de prêt est conclu, est complétée »).
        let described = s.index
        while let token = s.peek() {
            if token.kind == .word, token.isWord("est") || token.isWord("sont"),
               let next = s.word(1), Scanner.isParticiple(next, "complet") || next == "respectivement" { break }
            if token.kind == .quote { s.index = start; return nil }
            s.index += 1
        }
        var words = Array(s.tokens[described..<s.index])
        if words.last?.text == "," { words.removeLast() }
        guard !words.isEmpty, s.takeAuxiliary() else { s.index = start; return nil }
        let respectively = s.take("respectivement")
        guard s.takeParticiple("complet"), s.take("par") else { s.index = start; return nil }
        let columns = plural ? describedColumns(words) : [TableColumn(described: Scanner.render(words[...]))]
        guard let values = readValues(&s) else { s.index = start; return nil }
        if plural {
            guard respectively, values.count == columns.count, values.allSatisfy({ $0.concerning == nil }) else {
                throw InstructionError("\(columns.count) column(s) and \(values.count) value(s)\(respectively ? "" : " without « respectivement »"): which value goes to which column is not said")
            }
        }
        return [try output(clause, columns: columns, values: values)]
    }

    /// The edit: each value in its column (in order, for « respectivement »), or every value
    /// in the one column — several only with the words that say what each is for.
    private static func output(_ clause: ClauseInput, columns: [TableColumn], values: [(value: String, concerning: String?)]) throws(InstructionError) -> ClauseOutput {
        if columns.count == 1, values.count > 1, values.contains(where: { $0.concerning == nil }) {
            throw InstructionError("\(values.count) values for the \(columns[0]): what each is for is not said")
        }
        let written = columns.count > 1
            ? zip(columns, values).map { ColumnValue(column: $0, value: $1.value) }
            : values.map { ColumnValue(column: columns[0], value: $0.value, concerning: $0.concerning) }
        return ClauseOutput(target: UnitReference(clause.target.steps), change: .completeColumns(written))
    }

    /// « « 2020 » », « « 1,41 » en ce qui concerne les prêts … et « 1,36 » en ce qui concerne
    /// les autres prêts », « « 2020 » et « 10,20 » »: the values, each with the words after
    /// it that say what it is for. Stops before an « et » that does not lead to a value (the
    /// next clause: « … et la colonne du taux … »).
    private static func readValues(_ s: inout Scanner) -> [(value: String, concerning: String?)]? {
        var values: [(value: String, concerning: String?)] = []
        while let quote = s.takeQuote() {
            var concerning: String?
            if s.take("en", "ce", "qui", "concerne") {
                let from = s.index
                while let token = s.peek(), !(token.kind == .punctuation && (token.isMark(";") || token.isMark("."))) {
                    if token.kind == .word, token.isWord("et"), s.peek(1)?.kind == .quote || s.isWord("par", at: 1) && s.peek(2)?.kind == .quote { break }
                    if token.kind == .word, token.isWord("et"), s.isWord("la", at: 1) || s.isWord("les", at: 1), s.isWord("colonne", at: 2) || s.isWord("colonnes", at: 2) { break }
                    s.index += 1
                }
                concerning = Scanner.render(s.tokens[from..<s.index])
            }
            values.append((quote, concerning))
            let save = s.index
            _ = s.take(",")
            // « … et « 1,36 » », « … et par « 0,11 » ».
            guard s.take("et") || s.peek()?.kind == .quote else {
                s.index = save
                break
            }
            _ = s.take("par")
            guard s.peek()?.kind == .quote else {
                s.index = save
                break
            }
        }
        return values.isEmpty ? nil : values
    }

    /// « de l'année au cours de laquelle l'emprunteur a disposé des sommes empruntées et du
    /// taux de référence à prendre en considération »: one column per « de »/« du »/« des »
    /// phrase joined by « et » or by a comma (« de l'année, du taux et du montant »: three —
    /// hand check 17 found two, and the values paired wrongly without a word).
    private static func describedColumns(_ words: [Token]) -> [TableColumn] {
        var columns: [TableColumn] = []
        var current: [Token] = []
        var k = 0
        while k < words.count {
            let token = words[k]
            if token.isWord("et") || token.isMark(","), k + 1 < words.count, ["de", "du", "des", "d'"].contains(words[k + 1].folded), !current.isEmpty {
                columns.append(TableColumn(described: Scanner.render(current[...])))
                current = []
                k += 1
                continue
            }
            current.append(token)
            k += 1
        }
        if !current.isEmpty { columns.append(TableColumn(described: Scanner.render(current[...]))) }
        return columns
    }
}
