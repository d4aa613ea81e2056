import ChronolexAmendments
import ChronolexReaders
import ChronolexModel
import Testing

/// Hand check 17 (a probe of the day's forms on a frozen build of a686cce): each case was
/// applied without a word, the text coming out wrong; each is now right or said.
@Suite("Hand check 17's probes")
struct HandCheck17Tests {
    static func table(_ rows: String, heading: String = "| Code | Déchet | Mode d'utilisation |\n| --- | --- | --- |", after: String = "") -> String {
        baseAct("""
        **Article 1er.** Les déchets suivants peuvent être valorisés :

        _Table:_

        \(heading)
        \(rows)
        \(after)
        **Art. 2.** Le présent arrêté entre en vigueur le 1er avril 2020.
        """)
    }

    static func amending(_ body: String) -> String { OperationTests.amending("**Art. 1er.** " + body) }

    /// « la ligne ayant trait au code 170302 »: the row whose other cell begins with the code
    /// (« 170302 et autres … ») is another row.
    @Test func aCodeIsTheRowsOwnCell() throws {
        let base = Self.table("| 170101 | 170302 et autres déchets | routes |\n| 170303 | tuiles | chemins |")
        let fixture = try Fixture(base: base, amending: [Self.amending("Dans l'article 1er du même arrêté, dans la colonne « Mode d'utilisation », dans la ligne ayant trait au code 170302, la disposition est remplacée par la disposition suivante : « NOUVEAU ».")])
        #expect(fixture.failures == ["Art. 1: no row about « 170302 » in a table of art. 1"])
        // A first cell that begins with the code is its own (« 170302 (*) »).
        let starred = try Fixture(base: Self.table("| 170302 (*) | béton | routes |"), amending: [Self.amending("Dans l'article 1er du même arrêté, dans la colonne « Mode d'utilisation », dans la ligne ayant trait au code 170302, la disposition est remplacée par la disposition suivante : « NOUVEAU ».")])
        #expect(starred.failures.isEmpty, "\(starred.failures)")
        #expect(starred.text("1", at: "2021-06-01")?.contains("| 170302 (*) | béton | NOUVEAU |") == true)
    }

    /// « la matière intitulée " sable " » is not « sable de béton ».
    @Test func aMatterIsItsWordsExactly() throws {
        let heading = "| Matière | Remblayage technique | Routes |\n| --- | --- | --- |"
        let base = Self.table("| sable de béton | X | X |\n| grave | X | X |", heading: heading)
        let repeal = try Fixture(base: base, amending: [Self.amending("A l'article 1er du même arrêté, dans le tableau, les lignes 1, 2 ayant trait respectivement aux matières intitulées « sable » et « grave » sont abrogées.")])
        #expect(repeal.failures.contains("Art. 1: no row 1 about « sable » in a table of art. 1"), "\(repeal.failures)")
        #expect(repeal.text("1", at: "2021-06-01")?.contains("| sable de béton | X | X |") == true)
        let cross = try Fixture(base: base, amending: [Self.amending("A l'article 1er du même arrêté, dans le tableau, dans la colonne « Remblayage technique », la croix est supprimée pour les lignes ayant trait aux matières intitulées « sable ».")])
        #expect(cross.failures == ["Art. 1: no row of « sable » in a table of art. 1"])
    }

    /// « dans le tableau, les lignes 2, 3 … » where the article holds two tables: one row was
    /// taken from each.
    @Test func rowsByNumberInOneTableOnly() throws {
        let heading = "| Matière | Prix |\n| --- | --- |"
        let base = Self.table("| sable | 1 |\n| grave | 2 |\n| gravillons | 3 |", heading: heading,
                              after: "\nEt encore :\n\n_Table:_\n\n| Matière | Prix |\n| --- | --- |\n| grave | 1 |\n| gravillons | 2 |\n| sable | 3 |\n")
        let fixture = try Fixture(base: base, amending: [Self.amending("A l'article 1er du même arrêté, dans le tableau, les lignes 2, 3 ayant trait respectivement aux matières intitulées « grave » et « sable » sont abrogées.")])
        #expect(fixture.failures == ["Art. 1: art. 1 holds 2 tables: « le tableau » whose row 3 about « sable » is meant is not said",
                                     "Art. 1: art. 1 holds 2 tables: « le tableau » whose row 2 about « grave » is meant is not said"])
    }

    /// An empty row under the heading (Justel's conversion leaves some) is no row of the count.
    @Test func emptyRowsAreNotCounted() throws {
        let heading = "| Matière | Remblayage technique | Routes |\n| --- | --- | --- |"
        let base = Self.table("|  |  |  |\n| sable | a | X |\n| sable | b | |\n| grave | c | X |\n| grave | d | |", heading: heading)
        let fixture = try Fixture(base: base, amending: [Self.amending("A l'article 1er du même arrêté, dans le tableau, les lignes 2, 4 ayant trait respectivement aux matières intitulées « sable » et « grave » sont abrogées.")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        let text = fixture.text("1", at: "2021-06-01") ?? ""
        #expect(text.contains("| sable | a | X |") && text.contains("| grave | c | X |") && !text.contains("| sable | b |") && !text.contains("| grave | d |"), "\(text)")
    }

    /// « dans la colonne " mode " » is not « Commodes ».
    @Test func aColumnHeadingIsWholeWords() throws {
        let base = Self.table("| 170302 | béton | routes |", heading: "| Code | Déchet | Commodes |\n| --- | --- | --- |")
        let fixture = try Fixture(base: base, amending: [Self.amending("Dans l'article 1er du même arrêté, dans la colonne « mode », dans la ligne ayant trait au code 170302, la disposition est remplacée par la disposition suivante : « NOUVEAU ».")])
        #expect(fixture.failures == ["Art. 1: the column « mode » is not a heading of the table (its first line: | Code | Déchet | Commodes |)"])
    }

    /// « … concernant le premier domaine d'utilisation : » then a row of the second domain's
    /// table: which table those words name is not located — sought only where there is one.
    @Test func aTableNamedByWordsNotLocated() throws {
        let base = Self.table("| 170101 | béton | routes |", after: "\nDeuxième domaine d'utilisation :\n\n_Table:_\n\n| Code | Déchet | Mode d'utilisation |\n| --- | --- | --- |\n| 170302A | granulats | remblais |\n")
        let fixture = try Fixture(base: base, amending: [OperationTests.amending("""
        **Art. 1er.** Dans l'article 1er du même arrêté, les modifications suivantes sont apportées concernant le premier domaine d'utilisation :

        1. dans la colonne « Mode d'utilisation », dans la ligne ayant trait au code 170302A, la disposition est remplacée par la disposition suivante : « NOUVEAU ».
        """)])
        #expect(fixture.failures == ["Art. 1, 1°: art. 1 holds 2 tables, and the one « concernant le premier domaine d'utilisation » names is not located: the row about « 170302A » is not sought"])
        #expect(fixture.text("1", at: "2021-06-01")?.contains("| 170302A | granulats | remblais |") == true)
    }
}

/// Hand check 17's probes of readings that would have put wrong records in the edits.
@Suite("Hand check 17's probes, read")
struct HandCheck17ReadingTests {
    static func edits(_ body: String) -> EditsResult {
        read(OperationTests.amending("**Art. 1er.** " + body))
    }

    static func read(_ text: String) -> EditsResult {
        let act = ActReader.read(text: text, file: "amending.md").act!
        return InstructionReader.read(act, file: "amending.md")
    }

    /// « alinéas 2 et 3, 1° » and « §§ 1er et 2, alinéa 1er »: the unit inside was changed in
    /// the first of the two alone.
    @Test func aUnitInsideARangeIsNotRead() {
        for places in ["§ 1er, alinéas 1er et 2, 1°", "§§ 1er et 2, alinéa 1er", "§ 1er et § 2, alinéa 1er"] {
            let result = Self.edits("Dans l'article 3, \(places), du même arrêté, le mot « Premier » est remplacé par le mot « Primo ».")
            #expect(result.hasErrors, "\(places)")
            #expect(result.edits.allSatisfy { $0.change == nil }, "\(places)")
        }
    }

    /// A lead-in's column and a sub-instruction's other column: the lead-in's was taken.
    @Test func twoColumnsAreSaid() {
        let result = Self.read(OperationTests.amending("""
        **Art. 1er.** A l'article 1er du même arrêté, les modifications suivantes sont apportées :

        1. dans la colonne « Mode d'utilisation » :

           a) dans la ligne ayant trait au code 170302A, dans la colonne « Caractéristiques », les mots « A » sont remplacés par les mots « B ».
        """))
        #expect(result.edits.first?.error?.hasSuffix("two columns are named, the column « Mode d'utilisation » and the column « Caractéristiques »: which one is meant is not said") == true, "\(result.edits)")
    }

    /// « les colonnes de l'année, du taux et du montant » are three columns, not two.
    @Test func columnsListedWithCommas() {
        let result = Self.edits("Dans l'article 1er du même arrêté, dans le tableau, les colonnes de l'année, du taux et du montant sont respectivement complétées par « 2020 » et « 1,41 ».")
        #expect(result.edits.first?.error == "3 column(s) and 2 value(s): which value goes to which column is not said")
    }

    /// A label and terms, or an amount and a label, given one value: not each field's.
    @Test func oneValueIsNotALabelsOrTerms() {
        let place = "Au chapitre « F. Chirurgie » de l'annexe 1re du même arrêté, "
        let label = Self.edits(place + "le libellé et les modalités de remboursement de la prestation 172513-172524 sont remplacés par ce qui suit : « Un implant »")
        #expect(label.edits.first?.error == "libellé, modalités de remboursement are given one new text: the instruction does not say which part goes where")
        let amount = Self.edits(place + "la base de remboursement, le montant du remboursement et le libellé de la prestation 172513-172524 sont remplacés par ce qui suit : « 15.000,00 EUR »")
        #expect(amount.edits.allSatisfy { $0.change == nil }, "\(amount.edits)")
    }

    /// A condition inserted under one number with a text headed by another.
    @Test func aNewConditionHeadedByAnotherNumber() {
        let place = "Au chapitre « F. Chirurgie » de l'annexe 1re du même arrêté, "
        let result = Self.edits(place + "la condition de remboursement F- § 20 est insérée, et est rédigée comme suit : « F- § 21 Prestations liées »")
        #expect(result.edits.first?.error == "the instruction inserts the condition de remboursement F- § 20, but its new text is headed « F- § 21 Prestations liées »")
        let prefix = Self.edits(place + "la condition de remboursement F- § 2 est insérée, et est rédigée comme suit : « F- § 20 Prestations liées »")
        #expect(prefix.edits.first?.error != nil)
    }
}
