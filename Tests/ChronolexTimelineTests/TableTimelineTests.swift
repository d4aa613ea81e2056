import ChronolexAmendments
import ChronolexModel
import Testing

/// « le tableau est remplacé par le tableau suivant » applied (2024200691 on 2023200906):
/// the rows of the one table the article holds; its words before and after stay.
@Suite("A table replaced, applied")
struct TableTimelineTests {
    static let base = baseAct("""
    **Article 1er.** Les recettes sont évaluées comme suit :

    _Table:_

    | (en milliers d'euros) | .. |
    | --- | --- |
    | Recettes générales | 373 872 |
    | Total | 648 070 |

    Le budget des recettes figure à l'annexe I.

    **Art. 2.** Les dépenses sont arrêtées au montant de 842 152 milliers d'euros.

    **Art. 3.** Les crédits sont les suivants :

    _Table:_

    | Dépenses | 601 121 |

    et les engagements :

    _Table:_

    | Engagements | 600 194 |
    """)

    static func amending(_ article: String) -> String {
        OperationTests.amending("**Art. 1er.** Dans l'article \(article), le tableau est remplacé par le tableau suivant :\n\n_Table:_\n\n| (en milliers d'euros)  | .. |\n| --- | --- |\n| Recettes générales  | 376 793 |\n| Total | 644 118 |")
    }

    @Test func theRowsAreReplacedAndTheWordsAroundStay() throws {
        let fixture = try Fixture(base: Self.base, amending: [Self.amending("1er")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("1", at: "2021-01-01") == """
        Article 1er. Les recettes sont évaluées comme suit :
        _Table:_
        | (en milliers d'euros) | .. |
        | --- | --- |
        | Recettes générales | 376 793 |
        | Total | 644 118 |
        Le budget des recettes figure à l'annexe I.

        """)
        #expect(fixture.text("1", at: "2020-12-31")?.contains("373 872") == true)
    }

    @Test func noTableOrTwoTablesIsAnError() throws {
        let none = try Fixture(base: Self.base, amending: [Self.amending("2")])
        #expect(none.failures == ["Art. 1: art. 2 holds no table"])
        let two = try Fixture(base: Self.base, amending: [Self.amending("3")])
        #expect(two.failures == ["Art. 1: art. 3 holds 2 tables: which one the instruction replaces is not said"])
        #expect(two.text("3", at: "2021-01-01")?.contains("601 121") == true)
    }
}

extension TableTimelineTests {
    static let committees = baseAct("""
    **Article 1er.** Les comités de concertation de base sont les suivants :

    _Table:_

    | comité de concertation de base n°  17 | Finances | la Trésorerie |
    | --- | --- | --- |
    | comité de Concertation base n°  18 | Finances | la Monnaie royale de Belgique |
    | comité de concertation de base n°  19 | Finances | le Cadastre |
    """)

    @Test func aRowDescribedByItsWordsIsRepealed() throws {
        let fixture = try Fixture(base: Self.committees, amending: [OperationTests.amending(
            "**Art. 1er.** Au tableau de l'article 1er, la ligne qui commence par « comité de Concertation base n° 18 » et termine par « la Monnaie royale de Belgique » est abrogée.")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        let text = try #require(fixture.text("1", at: "2021-01-01"))
        #expect(!text.contains("n°  18"))
        #expect(text.contains("n°  17") && text.contains("n°  19"))
        // None, or several: an error that says so.
        let none = try Fixture(base: Self.committees, amending: [OperationTests.amending(
            "**Art. 1er.** Au tableau de l'article 1er, la ligne qui commence par « comité n° 20 » est abrogée.")])
        #expect(none.failures == ["Art. 1: no row starting with « comité n° 20 » in a table of art. 1"])
        let several = try Fixture(base: Self.committees, amending: [OperationTests.amending(
            "**Art. 1er.** Dans l'article 1er, la ligne ayant trait au code Finances est abrogée.")])
        #expect(several.failures == ["Art. 1: 3 rows of the tables of art. 1 are the row about « Finances »: which one the instruction repeals is not said"])
    }
}

extension TableTimelineTests {
    static let codes = baseAct("""
    **Article 1er.** Les déchets sont valorisés comme suit :

    _Table:_

    | 170101 | béton | prévu à l'annexe III |
    | --- | --- | --- |
    | 170103 | tuiles | prévu à l'annexe IV |
    """)

    /// Hand check 9: the words of the row the instruction names, and of no other.
    @Test func wordsAreChangedInTheirRowOnly() throws {
        let here = try Fixture(base: Self.codes, amending: [OperationTests.amending(
            "**Art. 1er.** Dans l'article 1er, dans la ligne ayant trait au code 170101, après les mots « prévu à l'annexe III » sont ajoutés les mots « sauf le pH ».")])
        #expect(here.failures.isEmpty, "\(here.failures)")
        #expect(here.text("1", at: "2021-01-01")?.contains("| 170101 | béton | prévu à l'annexe III sauf le pH |") == true)
        // The words stand in another row only: an error, never that row changed.
        let elsewhere = try Fixture(base: Self.codes, amending: [OperationTests.amending(
            "**Art. 1er.** Dans l'article 1er, dans la ligne ayant trait au code 170103, après les mots « prévu à l'annexe III » sont ajoutés les mots « sauf le pH ».")])
        #expect(elsewhere.failures == ["Art. 1: words « prévu à l'annexe III » not found in the row about « 170103 » of art. 1 on 2021-01-01"])
        #expect(elsewhere.text("1", at: "2021-01-01")?.contains("sauf le pH") == false)
    }
}

/// Hand check 15, a probe around record 379 (2023200531, art. 1, 1°, b)): words sought in
/// the row the instruction names, but in the whole row — absent from the column it names and
/// present in another, they were changed there without a word. The column's cell only now.
@Suite("Words in the cell of a row and a column")
struct TableColumnTimelineTests {
    static let base = baseAct("""
    **Article 1er.** Les déchets suivants peuvent être valorisés :

    _Table:_

    | Code | Déchet | Caractéristiques du déchet valorisé | Mode d'utilisation |
    | --- | --- | --- | --- |
    | 170101 | béton | Respect du seuil prévu à l'annexe III | routes |
    | 170103 | tuiles | Respect du seuil | Mode prévu à l'annexe III |

    **Art. 2.** Le présent arrêté entre en vigueur le 1er avril 2020.
    """)

    static func amending(_ column: String, _ code: String) -> String {
        OperationTests.amending("""
        **Art. 1er.** A l'article 1er du même arrêté, les modifications suivantes sont apportées :

        1. dans la colonne \(column) :

           a) dans la ligne ayant trait au code \(code), après les mots « prévu à l'annexe III » sont ajoutés les mots « , à l'exception du pH ».
        """)
    }

    @Test func theWordsOfTheNamedColumnChange() throws {
        let fixture = try Fixture(base: Self.base, amending: [Self.amending("relative aux « Caractéristiques du déchet valorisé »", "170101")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("1", at: "2021-01-01")?.contains("| 170101 | béton | Respect du seuil prévu à l'annexe III, à l'exception du pH | routes |") == true)
        #expect(fixture.timeline.outcomes.first?.edit.column == TableColumn(heading: "Caractéristiques du déchet valorisé"))
    }

    @Test func wordsInAnotherColumnAreNotFound() throws {
        let fixture = try Fixture(base: Self.base, amending: [Self.amending("relative aux « Caractéristiques du déchet valorisé »", "170103")])
        #expect(fixture.failures == ["Art. 1, 1°, a): words « prévu à l'annexe III » not found in the column « Caractéristiques du déchet valorisé » of the row about « 170103 » of art. 1 on 2021-01-01"])
        #expect(fixture.text("1", at: "2021-01-01")?.contains("| Mode prévu à l'annexe III |") == true)
    }

    /// « dans la colonne " Mode d'utilisation ", dans la ligne ayant trait au code 170302A, la
    /// disposition est remplacée par la disposition suivante : " … " » (2023200531, art. 1, 2°).
    @Test func aCellReplacedWhole() throws {
        let amending = OperationTests.amending("**Art. 1er.** Dans l'article 1er du même arrêté, dans la colonne « Mode d'utilisation », dans la ligne ayant trait au code 170101, la disposition est remplacée par la disposition suivante : « En construction routière ».")
        let fixture = try Fixture(base: Self.base, amending: [amending])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("1", at: "2021-01-01")?.contains("| 170101 | béton | Respect du seuil prévu à l'annexe III | En construction routière |") == true)
        // The other row keeps its cell.
        #expect(fixture.text("1", at: "2021-01-01")?.contains("| 170103 | tuiles | Respect du seuil | Mode prévu à l'annexe III |") == true)
        let absent = try Fixture(base: Self.base, amending: [amending.replacingOccurrences(of: "170101", with: "170999")])
        #expect(absent.failures == ["Art. 1: no row about « 170999 » in a table of art. 1"])
    }

    /// « les lignes 13, 14 … ayant trait respectivement aux matières intitulées … sont
    /// abrogées », then « la croix est supprimée pour les lignes ayant trait aux matières
    /// intitulées … » (2023200531, art. 8, 5°, c) and d)): the rows of those numbers that are
    /// about those matters — counted with the heading row or without it, the words deciding —
    /// then the cross of the column in the rows left.
    @Test func rowsByNumberAndACrossTakenOut() throws {
        let base = baseAct("""
        **Article 1er.** Les usages suivants sont permis :

        _Table:_

        | Matière | Remblayage technique | Routes |
        | --- | --- | --- |
        | sable | X | X |
        | grave | X | |
        | sable | X | X |
        | grave | X | |

        **Art. 2.** Le présent arrêté entre en vigueur le 1er avril 2020.
        """)
        let amending = OperationTests.amending("""
        **Art. 1er.** A l'article 1er du même arrêté, les modifications suivantes sont apportées :

        1. dans le tableau, les lignes 3, 4 répétant les lignes 1, 2 ayant trait respectivement aux matières intitulées « sable » et « grave » sont abrogées;

        2. dans le tableau, dans la colonne « Remblayage technique », la croix est supprimée pour les lignes ayant trait aux matières intitulées « sable » et « grave ».
        """)
        let fixture = try Fixture(base: base, amending: [amending])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        let text = fixture.text("1", at: "2021-01-01") ?? ""
        #expect(text.contains("| --- | --- | --- |\n| sable || X |\n| grave || |\n"), "\(text)")
        // A row of that number about other words: said, and no other row taken (counted with
        // the heading, the row 4 is a « sable », the row 3 a « grave »: a second way of
        // counting once took them).
        let other = try Fixture(base: base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 1er du même arrêté, dans le tableau, les lignes 3, 4 ayant trait respectivement aux matières intitulées « grave » et « sable » sont abrogées.")])
        #expect(other.failures == ["Art. 1: no row 4 about « sable » in a table of art. 1", "Art. 1: no row 3 about « grave » in a table of art. 1"])
    }

    @Test func aColumnByItsNumberOrNotInTheHeading() throws {
        let numbered = try Fixture(base: Self.base, amending: [Self.amending("4", "170103")])
        #expect(numbered.failures.isEmpty, "\(numbered.failures)")
        #expect(numbered.text("1", at: "2021-01-01")?.contains("| Mode prévu à l'annexe III, à l'exception du pH |") == true)
        let absent = try Fixture(base: Self.base, amending: [Self.amending("« Prix »", "170101")])
        #expect(absent.failures == ["Art. 1, 1°, a): the column « Prix » is not a heading of the table (its first line: | Code | Déchet | Caractéristiques du déchet valorisé | Mode d'utilisation |)"])
    }
}
