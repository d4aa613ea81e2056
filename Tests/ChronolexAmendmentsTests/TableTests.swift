import ChronolexAmendments
import ChronolexModel
import Testing

/// « le tableau est remplacé par le tableau suivant : » (2024200691): the table's rows as
/// the new text, printed without quotation marks after the instruction or quoted.
@Suite("A table replaced")
struct TableTests {
    @Test func theRowsPrintedAfterTheInstructionAreItsNewText() throws {
        let result = edits("""
        Dans l'article 1er du même décret, le tableau est remplacé par le tableau suivant :

        _Table:_

        | (en milliers d'euros)  | .. |
        | --- | --- |
        | Recettes générales  | 376 793  |
        | Total  | 644 118 |
        """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(result.edits.count == 1)
        #expect(edit.change == .replaceTable(Fragment(blocks: [
            "| (en milliers d'euros) | .. |", "| --- | --- |", "| Recettes générales | 376 793 |", "| Total | 644 118 |",
        ], content: .text)))
        #expect(edit.targetAddress == "art. 1")
        #expect(EditRenderer.summary(edit) == "replace the table in art. 1")
    }

    /// The Moniteur's table split by a page: two tables one after the other are the one
    /// the instruction announces; the second's `| --- |` line goes; a warning says so.
    @Test func twoTablesOneAfterTheOtherAreOne() throws {
        let result = edits("""
        Dans l'article 8 du même décret, le tableau est remplacé par le tableau suivant :

        _Table:_

        | SGS Centre des médias | 426 000 EUR |
        | --- | --- |
        | SGS Centres communautaires | 13 569 000 EUR |

        _Table:_

        | Institut Robert Schuman | 711 000 EUR |
        | --- | --- |
        | Athénée royal Eupen | 334 000 EUR |
        """)
        let edit = try #require(result.edits.first)
        #expect(edit.change?.fragment?.blocks == [
            "| SGS Centre des médias | 426 000 EUR |", "| --- | --- |", "| SGS Centres communautaires | 13 569 000 EUR |",
            "| Institut Robert Schuman | 711 000 EUR |", "| Athénée royal Eupen | 334 000 EUR |",
        ])
        #expect(result.diagnostics.map(\.description) == [
            "test.md:10: warning: Art. 1: the new table is printed as 2 tables one after the other (a page of the Moniteur between them): read as the one table the instruction announces",
        ])
    }

    @Test func aQuotedTextThatIsNotATableIsAnError() throws {
        let result = edits("Dans l'article 4 du même décret, le tableau est remplacé par ce qui suit :\n\n« Les crédits sont de 601 121 euros. »")
        let edit = try #require(result.edits.first)
        #expect(edit.change == nil)
        #expect(edit.error == "a new table is announced, but the text that follows is not a table (« Les crédits sont de 601 121 euros. »)")
    }

    /// A table inside a quoted new article stays the article's: the instruction is read as
    /// it always was.
    @Test func aTableInsideAQuotedNewTextStaysInIt() throws {
        let result = edits("""
        L'article 4 du même décret est remplacé par ce qui suit :

        « Art. 4. Il est ouvert des crédits s'élevant aux montants ci-après :

        _Table:_

        | Dépenses | 601 121 |
        | Total | 842 152 | »
        """)
        let edit = try #require(result.edits.first)
        #expect(edit.change?.part == nil)
        #expect(edit.kind == .replace)
        #expect(edit.targetAddress == "art. 4")
        #expect(edit.error == nil)
    }

    @Test(.enabled(if: fileExists(sharedRoot + "/corpus/triples-2024/dg-budget-2023/2024200691.amending.md"), "../shared is absent (a newcomer's clone); CI has it"))
    func theBudgetOfTheGermanSpeakingCommunity() throws {
        let (result, _) = readFile(sharedRoot + "/corpus/triples-2024/dg-budget-2023/2024200691.amending.md")
        #expect(result.edits.map(\.targetAddress) == ["art. 1", "art. 4", "art. 8", "art. 9"])
        #expect(result.edits.map { $0.change?.part } == ["table", "table", "table", "table"])
        #expect(result.edits.map { $0.change?.fragment?.blocks.count } == [5, 5, 9, 8])
        #expect(result.edits.allSatisfy { $0.error == nil && $0.targetAct?.numac == "2023200906" && $0.effective?.date?.iso == "2023-01-01" })
        #expect(result.edits[2].change?.fragment?.blocks.first == "| SGS Centre des médias | 426 000 EUR |")
    }
}

/// « la ligne … est abrogée »: a row of a table, described by its words (2020040393,
/// 2023200531).
@Suite("A row of a table repealed")
struct TableRowTests {
    @Test func theRowsWordsAreTyped() throws {
        let starting = edits("Au tableau de l'article 1er du même arrêté, la ligne qui commence par « comité de Concertation base n° 18 » et termine par « la Monnaie royale de Belgique » est abrogée.")
        let edit = try #require(starting.edits.first)
        #expect(edit.change == .repealTableRow(.startingWith("comité de Concertation base n° 18", endingWith: "la Monnaie royale de Belgique")))
        #expect(edit.targetAddress == "art. 1")
        let about = edits("Dans l'annexe I du même arrêté, la ligne ayant trait au code 170201 est abrogée.")
        #expect(about.edits.first?.change == .repealTableRow(.about("170201")))
        #expect(EditRenderer.line(try #require(about.edits.first)).contains("repeal the row about « 170201 » of a table of annexe I"))
        // The edits' JSON says the row (`part` "row", `row` its words).
        let json = EditRenderer.json(starting.edits + about.edits, pretty: false)
        #expect(json.contains(#""part":"row","row":{"startingWith":"comité de Concertation base n° 18","endingWith":"la Monnaie royale de Belgique"}"#))
        #expect(json.contains(#""part":"row","row":{"about":"170201"}"#))
    }

    /// Rows listed by their codes: each its own edit. A unit in a row's cell, a row
    /// replaced: errors, as before.
    @Test func whatIsNotOneRowRepealedStaysAnError() throws {
        let two = edits("Dans l'annexe I du même arrêté, les lignes ayant trait aux codes 170302A et 170302B sont abrogées.")
        #expect(!two.hasErrors, "\(two.diagnostics)")
        #expect(two.edits.map(\.change) == [.repealTableRow(.about("170302A")), .repealTableRow(.about("170302B"))])
        let cell = edits("Au tableau de l'article 1er du même arrêté, dans la ligne qui commence par « comité n° 1 », dans la colonne 3, le 1° est abrogé.")
        #expect(cell.hasErrors)
        let replaced = edits("Dans l'annexe I du même arrêté, la ligne ayant trait au code 170201 est remplacée par ce qui suit : « | 170201 | bois | »")
        #expect(replaced.hasErrors)
    }

    @Test func theRealActs() throws {
        let root = sharedRoot + "/corpus/amending-sample/"
        try #require(fileExists(root + "2020040393.md"), "../shared is absent (a newcomer's clone): the real acts cannot be read")
        let (committees, _) = readFile(root + "2020040393.md")
        #expect(committees.edits.first { $0.source.address == "art. 1, 3°" }?.change?.part == "row")
        #expect(committees.edits.first { $0.source.address == "art. 1, 1°" }?.error?.contains("a cell of a table is not a unit Chronolex reads") == true)
        let (waste, _) = readFile(root + "2023200531.md")
        #expect(waste.edits.first { $0.source.address == "art. 1, 3°" }?.change == .repealTableRow(.about("170201")))
    }
}

extension TableRowTests {
    /// Hand check 9 (2023200531, art. 1, 1°): « dans la ligne ayant trait au code 170103,
    /// après les mots « A » sont ajoutés les mots « B » » — the words of that row; the row
    /// was once a remark only, and the words found in another row were changed there.
    @Test func wordsInANamedRowKeepTheirRow() throws {
        let one = edits("Dans l'annexe I du même arrêté, dans la ligne ayant trait au code 170103, après les mots « prévu à l'annexe III » sont ajoutés les mots « sauf le SO4 ».")
        #expect(!one.hasErrors, "\(one.diagnostics)")
        #expect(one.edits.map(\.row) == [.about("170103")])
        let two = edits("Dans l'annexe I du même arrêté, dans les lignes ayant trait aux codes 170302A et 170302B, après les mots « prévu à l'annexe IV », sont insérés les mots « sauf le C10 ».")
        #expect(!two.hasErrors, "\(two.diagnostics)")
        #expect(two.edits.map(\.row) == [.about("170302A"), .about("170302B")])
        #expect(two.edits.allSatisfy { $0.newWords == "sauf le C10" })
        // Hand check 10, records 380 and 381: each edit says its row, in every output.
        #expect(two.edits.map { EditRenderer.line($0).contains("in annexe I, row about « \($0.row!.words[0]) »") } == [true, true])
        #expect(two.edits.map(EditRenderer.summary) == ["insert « sauf le C10 » in annexe I, row about « 170302A »", "insert « sauf le C10 » in annexe I, row about « 170302B »"])
        let json = EditRenderer.json(two.edits, pretty: false)
        #expect(json.contains(#""part":null,"row":{"about":"170302A"}"#) && json.contains(#""part":null,"row":{"about":"170302B"}"#))
        #expect(EditRenderer.json(one.edits, pretty: false).contains(#""row":{"about":"170103"}"#))
        // Words added at the end of a cell: where the cell ends is not read.
        let end = edits("Dans l'annexe I du même arrêté, dans la ligne ayant trait au code 170103, la colonne 3 est complétée par les mots « sauf le SO4 ».")
        #expect(end.hasErrors)
    }
}

/// 2023200531, art. 2: « dans le formulaire de demande d'enregistrement, Domaine
/// d'utilisation : Travaux de génie civil, la ligne relative au code 170201 est abrogée » —
/// the form that holds the table, described (a colon inside) up to the row it names: a
/// remark, as « tableau » is; the row is repealed by its words, and a row found in two of the
/// annex's tables is said when applied.
@Suite("A row of the table of a form")
struct FormTableRowTests {
    @Test func theFormIsARemarkAndTheRowIsRepealed() throws {
        let result = edits("A l'annexe V du même arrêté, dans le formulaire de demande d'enregistrement, Domaine d'utilisation : Travaux de génie civil, la ligne relative au code 170201 est abrogée.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.change == .repealTableRow(.about("170201")))
        #expect(edit.target.description == "annexe V")
        #expect(edit.notes.contains("formulaire de demande d'enregistrement, Domaine d'utilisation : Travaux de génie civil"))
    }

    @Test func aFormWithoutARowOrColumnAfterItIsNotOne() {
        let result = edits("Dans le formulaire de demande, les mots « A » sont remplacés par les mots « B ».")
        #expect(result.edits.allSatisfy { !$0.notes.contains { $0.hasPrefix("formulaire") } })
    }
}
