import ChronolexAmendments
import ChronolexModel
import Testing

/// The columns of a table completed by values, the row the AR/CIR 92's tables of rates gain
/// each year (2021030322): columns named by the words that describe them, several values
/// for one column with what each is for, « respectivement », and the rows of the act's own
/// annex. Typed, and said « not applied yet » by the timeline.
@Suite("A table's columns completed by values")
struct TableColumnsTests {
    static let leadIn = "A l'article 18, § 3, de l'AR/CIR 92, modifié en dernier lieu par l'arrêté royal du 17 février 2020, les modifications suivantes sont apportées :\n\n"
    static let title = "Arrêté royal modifiant l'AR/CIR 92 en ce qui concerne les avantages de toute nature"

    static func values(_ edit: Edit?) -> [ColumnValue] {
        if case .completeColumns(let values)? = edit?.change { return values }
        return []
    }

    @Test func aColumnDescribedByItsWordsTakesAValue() {
        let result = edits(Self.leadIn + "1. dans le tableau repris au point 1, b, la colonne de l'année au cours de laquelle le contrat de prêt est conclu, est complétée par « 2020 » ;", title: Self.title)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.target.description) == ["art. 18, § 3, 1°, b)"])
        #expect(Self.values(result.edits.first) == [ColumnValue(column: TableColumn(described: "de l'année au cours de laquelle le contrat de prêt est conclu"), value: "2020")])
        #expect(result.edits.first?.kind == .insert)
        #expect(result.edits.first?.change?.part == "columns")
    }

    @Test func twoClausesAndValuesForWhatEachIsFor() {
        let result = edits(Self.leadIn + "1. dans le tableau repris au point 1, b, la colonne de l'année, est complétée par « 2020 » et la colonne du taux de chargement mensuel est complétée par « 0,04 » en ce qui concerne les prêts contractés en vue de financer l'acquisition d'une voiture et par « 0,11 » en ce qui concerne les autres prêts ;", title: Self.title)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.count == 2)
        let rate = TableColumn(described: "du taux de chargement mensuel")
        #expect(Self.values(result.edits.last) == [
            ColumnValue(column: rate, value: "0,04", concerning: "les prêts contractés en vue de financer l'acquisition d'une voiture"),
            ColumnValue(column: rate, value: "0,11", concerning: "les autres prêts"),
        ])
    }

    @Test func columnsRespectivelyCompleted() {
        let result = edits(Self.leadIn + "1. dans le tableau repris au point 1, d, les colonnes de l'année au cours de laquelle l'emprunteur a disposé des sommes empruntées et du taux de référence à prendre en considération sont respectivement complétées par « 2020 » et « 10,20 ».", title: Self.title)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(Self.values(result.edits.first) == [
            ColumnValue(column: TableColumn(described: "de l'année au cours de laquelle l'emprunteur a disposé des sommes empruntées"), value: "2020"),
            ColumnValue(column: TableColumn(described: "du taux de référence à prendre en considération"), value: "10,20"),
        ])
        #expect(result.edits.first?.target.description == "art. 18, § 3, 1°, d)")
    }

    @Test func whichValueGoesWhereMustBeSaid() {
        let mismatch = edits(Self.leadIn + "1. les colonnes de l'année et du taux sont respectivement complétées par « 2020 », « 10,20 » et « 3 ».", title: Self.title)
        #expect(mismatch.edits.first?.error == "2 column(s) and 3 value(s): which value goes to which column is not said")
        let unsaid = edits(Self.leadIn + "1. les colonnes de l'année et du taux sont complétées par « 2020 » et « 10,20 ».", title: Self.title)
        #expect(unsaid.edits.first?.error == "2 column(s) and 2 value(s) without « respectivement »: which value goes to which column is not said")
        let twoValues = edits(Self.leadIn + "1. la colonne du taux est complétée par « 1,41 » et « 1,36 ».", title: Self.title)
        #expect(twoValues.edits.first?.error == "2 values for the column « du taux »: what each is for is not said")
    }

    @Test func aColumnByItsHeading() {
        let result = edits(Self.leadIn + "1. dans le tableau, la colonne « Année » est complétée par « 2020 ».", title: Self.title)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(Self.values(result.edits.first) == [ColumnValue(column: TableColumn(heading: "Année"), value: "2020")])
        #expect(result.edits.first?.target.description == "art. 18, § 3")
    }

    @Test func aTableInsidePointsTheModelDoesNotNestIsARemark() {
        // « au point 1, c, 2° »: a 2° inside a c) inside a 1 — kinds the model ranks the other
        // way; the table's place is kept as cited, the target the unit above.
        let result = edits(Self.leadIn + "1. dans le tableau repris au point 1, c, 2°, la colonne de l'année est complétée par « 2020 ».", title: Self.title)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.target.description == "art. 18, § 3")
    }

    /// « Les diverses colonnes du tableau qui figure à l'annexe I, section 1ère, du même arrêté,
    /// … sont complétées comme indiqué à l'annexe au présent arrêté. » (2021030322, art. 2).
    @Test func columnsCompletedAsTheActsAnnexShows() {
        let body = """
        **Article 1er.** Les diverses colonnes du tableau qui figure à l'annexe I, section 1ère, du même arrêté, insérée par l'arrêté royal du 6 mars 1996 et modifiée en dernier lieu par l'arrêté royal du 17 février 2020, sont complétées comme indiqué à l'annexe au présent arrêté.

        ### Annexe.

        **Art. N1.**

        _Table:_

        | PERIODE  | INDICE A  |
        | --- | --- |
        | Janvier 2020  | -0,593  |
        """
        let (result, _) = readAmending(body, title: Self.title)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = result.edits.first
        #expect(edit?.target.description == "annexe I, section 1")
        #expect(edit?.change == .appendRows(Fragment(blocks: ["| PERIODE | INDICE A |", "| --- | --- |", "| Janvier 2020 | -0,593 |"], content: .text)))
        // An annex that is no table: said.
        let (prose, _) = readAmending(body.replacingOccurrences(of: "_Table:_\n\n| PERIODE  | INDICE A  |\n| --- | --- |\n| Janvier 2020  | -0,593  |", with: "Les taux sont publiés."), title: Self.title)
        #expect(prose.edits.first?.error == "the instruction completes a table's columns as shown in the annex of this act, which is not a table (« Les taux sont publiés. »)")
    }

    @Test(.enabled(if: fileExists(sharedRoot + "/corpus/amending-sample/2021030322.md"), "../shared is absent (a newcomer's clone); CI has it"))
    func theRealAct() {
        let (result, _) = readFile(sharedRoot + "/corpus/amending-sample/2021030322.md")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.source.address) == ["art. 1, 1°", "art. 1, 1°", "art. 1, 2°", "art. 1, 2°", "art. 1, 3°", "art. 2"])
        #expect(result.edits.allSatisfy { $0.error == nil })
        #expect(Self.values(result.edits[1]).map(\.value) == ["1,41", "1,36"])
        if case .appendRows(let rows)? = result.edits.last?.change {
            #expect(rows.blocks.last?.hasPrefix("| Décembre/december 2020 | 18.12.2020 - ed. 1 |") == true)
        } else {
            Issue.record("art. 2 is not read as rows")
        }
    }
}
