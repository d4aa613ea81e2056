import ChronolexAmendments
import ChronolexModel
import Testing

/// The list of implants of the royal decree of 25 June 2014 (INAMI), which ministerial
/// decrees amend each month (2023040057, 2022040037): its chapters named by their heading
/// (« Au chapitre « F. Chirurgie thoracique et cardiologie » de la Liste, jointe comme
/// annexe 1re à … »), its points numbered with a letter (« au point « F.1.6.3 Traitement
/// … » »), its prestations and their fields (« la base de remboursement et le montant du
/// remboursement de la prestation 172491-172502 »), its reimbursement conditions and its
/// nominative lists.
@Suite("The list of implants: chapters, points, prestations and their fields")
struct ImplantListTests {
    static let leadIn = "Au chapitre « F. Chirurgie thoracique et cardiologie » de la Liste, jointe comme annexe 1re à l'arrêté royal du 25 juin 2014 fixant les procédures, modifiée en dernier lieu par l'arrêté ministériel du 27 mars 2023, les modifications suivantes sont apportées :"

    @Test func aChapterAndAPointNamedByTheirHeadings() throws {
        let result = edits(Self.leadIn + """


        1. au point « F.1.6.3 Traitement endovasculaire d'une valve », les mots « dix » sont remplacés par les mots « douze » ;

        2. dans le point F.1.6.4, le mot « A » est remplacé par le mot « B ».
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.target.description) == ["annexe 1, chapitre F, F.1.6.3", "annexe 1, chapitre F, F.1.6.4"])
        #expect(result.edits[0].notes.contains("point « F.1.6.3 Traitement endovasculaire d'une valve »"))
    }

    @Test func theFieldsOfAPrestationEachTakeTheOneValue() throws {
        let result = edits(Self.leadIn + """


        1. la base de remboursement et le montant du remboursement de la prestation 172491-172502 sont remplacés par ce qui suit :

        « 15.000,00 EUR »
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.target.description) == [
            "annexe 1, chapitre F, prestation 172491-172502, base de remboursement",
            "annexe 1, chapitre F, prestation 172491-172502, montant du remboursement",
        ])
        #expect(result.edits.allSatisfy { $0.newText == ["15.000,00 EUR"] && $0.kind == .replace })
        #expect(result.edits[0].notes.contains("one new text for base de remboursement, montant du remboursement: each field's"))
    }

    @Test func oneTextForUnitsThatAreNotFieldsIsStillRefused() {
        // Two alinéas given one text: which part goes where is not said.
        let result = edits("Dans l'article 3 du même arrêté, les alinéas 2 et 4 sont remplacés par ce qui suit : « Le texte. »")
        #expect(result.edits.first?.error == "al. 2, al. 4 are given one new text: the instruction does not say which part goes where")
    }

    @Test func aNominativeListAndAPrestationAfterTheVerb() throws {
        let result = edits("""
        Aux Listes nominatives, jointes comme annexe 2 à l'arrêté royal du 25 juin 2014 fixant les procédures, les modifications suivantes sont apportées à la Liste nominative « Implants pour valves mitrales » :

        1. les modifications suivantes sont apportées à la prestation 172513-172524 :

           a) le libellé est remplacé par ce qui suit :

        « Un ou plusieurs implants »

           b) la condition de remboursement F- § 19 est remplacée par ce qui suit :

        « F- § 19 Prestations liées »
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.target.description) == [
            "annexe 2, liste nominative « Implants pour valves mitrales », prestation 172513-172524, libellé",
            // A condition stands beside the prestations it serves, not inside one.
            "annexe 2, liste nominative « Implants pour valves mitrales », condition de remboursement F- § 19",
        ])
        #expect(result.edits[0].target.steps.last == .field("libellé"))
        #expect(result.edits[1].target.steps.last == .entry("condition de remboursement", "F- § 19"))
    }

    @Test func wordsThatAreNoFieldOfAnEntryAreNotOne() {
        // « le libellé » followed by neither an entry nor the verb: not a field.
        let result = edits("Dans l'article 3 du même arrêté, le libellé de l'article est remplacé par ce qui suit : « Titre ».")
        #expect(result.edits.allSatisfy { !$0.target.steps.contains { if case .field = $0 { true } else { false } } })
        // A code that is not two codes of six figures is no prestation.
        let short = edits("Dans l'annexe 1re du même arrêté, la base de remboursement de la prestation 17249-172502 est remplacée par ce qui suit : « 1 EUR ».")
        #expect(short.edits.allSatisfy { !$0.target.steps.contains { if case .entry = $0 { true } else { false } } })
    }

    @Test func itemNumbersWithALetterFirst() {
        #expect(ItemNumber.parse("F.1.6.3") == "F.1.6.3")
        #expect(ItemNumber.parse("A.3.2.") == "A.3.2")
        #expect(ItemNumber.parse("A.B") == nil)
        #expect(ItemNumber.parse("1.A") == "1.A")
        #expect(ItemNumber.parse("F") == nil)
    }

    @Test(.enabled(if: fileExists(sharedRoot + "/corpus/amending-sample/2023040057.md"), "../shared is absent (a newcomer's clone); CI has it"))
    func theRealAct() {
        let (result, reading) = readFile(sharedRoot + "/corpus/amending-sample/2023040057.md")
        let read = result.edits.filter { $0.error == nil }
        #expect(read.map(\.source.address) == ["art. 1, 1°, a)", "art. 1, 1°, a)", "art. 1, 1°, b)", "art. 1, 1°, b)", "art. 1, 2°", "art. 2, 1°", "art. 2, 1°", "art. 2, 2°, a)", "art. 2, 2°, b)", "art. 2, 2°, b)"])
        #expect(read.first { $0.source.address == "art. 1, 2°" }?.target.description == "annexe 1, chapitre F, condition de remboursement F- § 19")
        #expect(read.first { $0.source.address == "art. 2, 2°, b)" }?.newText == ["1.091,44 EUR"])
        // The 1°, b): its quotation closes at the foot of the table, once in each language's
        // columns — the label its words, the terms its table.
        let labelAndTerms = result.edits.filter { $0.source.address == "art. 1, 1°, b)" }
        #expect(labelAndTerms.map(\.target.description) == [
            "annexe 1, chapitre F, F.1.6.3, prestation 172513-172524, libellé",
            "annexe 1, chapitre F, F.1.6.3, prestation 172513-172524, modalités de remboursement",
        ])
        #expect(labelAndTerms.allSatisfy { $0.error == nil })
        #expect(labelAndTerms.first?.newText.first?.hasPrefix("Un ou plusieurs implants et accessoires") == true)
        #expect(labelAndTerms.last?.newText.last == "| Condition de remboursement: F- § 19  | .. | .. | Vergoedingsvoorwaarde: F- § 19 | .. | .. |")
        #expect(reading.contains(where: { $0.location?.line == 35 && $0.message.hasPrefix("the quotation closes in this table row once in each language's columns (2 marks)") }))
    }

    /// « le libellé et les modalités de remboursement de la prestation … sont remplacés par
    /// ce qui suit : " Un ou plusieurs implants … " » and the table, whose last row closes the
    /// quotation in both languages' columns (2023040057, art. 1, 1°, b)).
    static let labelAndTable = """
    1. le libellé et les modalités de remboursement de la prestation 172513-172524 sont remplacés par ce qui suit :

    "Un ou plusieurs implants

    _Table:_

    | Catégorie de remboursement : I.G.a  | .. | Vergoedingscategorie: I.G.a  | .. |
    | --- | --- | --- | --- |
    | Condition de remboursement: F- § 19";  | .. | Vergoedingsvoorwaarde: F- § 19"; | .. |
    """

    @Test func aLabelAndItsTableGivenOneText() throws {
        let result = edits(Self.leadIn + "\n\n" + Self.labelAndTable)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.target.steps.last) == [.field("libellé"), .field("modalités de remboursement")])
        #expect(result.edits.first?.newText == ["Un ou plusieurs implants"])
        #expect(result.edits.last?.newText == ["_Table:_", "| Catégorie de remboursement : I.G.a  | .. | Vergoedingscategorie: I.G.a  | .. |", "| --- | --- | --- | --- |",
                                               "| Condition de remboursement: F- § 19  | .. | Vergoedingsvoorwaarde: F- § 19 | .. |"])
        // Marks that do not end the same words are not one mark twice: the quotation is not
        // closed by the row (read to the end of the instruction, with a warning, as before).
        let other = edits(Self.leadIn + "\n\n" + Self.labelAndTable.replacingOccurrences(of: "Vergoedingsvoorwaarde: F- § 19\"", with: "Vergoedingsvoorwaarde: F- § 20\""))
        #expect(other.diagnostics.contains(where: { $0.severity == .warning && $0.message.contains("is never closed") }))
        #expect(other.edits.last?.newText.last?.contains("F- § 19«;") == true)
        // Two fields that are not a label and its terms: one text is still refused.
        let fields = edits(Self.leadIn + "\n\n" + Self.labelAndTable.replacingOccurrences(of: "le libellé et les modalités de remboursement", with: "la base de remboursement et le montant du remboursement"))
        #expect(fields.edits.first?.error?.hasSuffix("are given one new text: the instruction does not say which part goes where") == true)
    }

    /// « le point " A.3.2 … " est complété par la prestation suivante et ses modalités de
    /// remboursement : " 181974-181985 … " » then the table, whose foot holds a closing mark
    /// in each language's columns that opens nothing (2022040037, art. 1, 1°); and « La
    /// condition de remboursement A- § 05 qui correspond à la prestation précitée est insérée,
    /// et est rédigée comme suit : » (its 2°).
    @Test func aNewPrestationAndANewCondition() throws {
        let (result, reading) = readAmending("**Article 1er.** " + """
        Au chapitre "A. Ophtalmologie" de la Liste, jointe comme annexe 1reà l'arrêté royal du 25 juin 2014 fixant les procédures, les modifications suivantes sont apportées :

        1. le point "A.3.2 Traitement pour glaucome", est complété par la prestation suivante et ses modalités de remboursement :

        "181974-181985 Ensemble des micro-stents, par oeil"

        _Table:_

        | Catégorie de remboursement : I.C.a  | .. | Vergoedingscategorie: I.C.a  | .. |
        | --- | --- | --- | --- |
        | Condition de remboursement: A- § 05";  | .. | Vergoedingsvoorwaarde: A- § 05"; | .. |

        2. La condition de remboursement A- § 05 qui correspond à la prestation précitée est insérée, et est rédigée comme suit :

        "A- § 05

        Prestations liées

        181974-181985".
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.target.description) == ["annexe 1, chapitre A, A.3.2", "annexe 1, chapitre A"])
        guard result.edits.count == 2 else { return }
        guard case .insertUnits(let prestation, let text, let position)? = result.edits[0].change else {
            Issue.record("not an insertion: \(String(describing: result.edits[0].change))")
            return
        }
        #expect(prestation.kind == .entry("prestation") && prestation.number == "181974-181985" && position == .end)
        #expect(text.blocks.first == "181974-181985 Ensemble des micro-stents, par oeil")
        #expect(text.blocks.last == "| Condition de remboursement: A- § 05 | .. | Vergoedingsvoorwaarde: A- § 05 | .. |")
        guard case .insertUnits(let condition, let conditionText, let place)? = result.edits[1].change else {
            Issue.record("not an insertion: \(String(describing: result.edits[1].change))")
            return
        }
        #expect(condition.kind == .entry("condition de remboursement") && condition.number == "A- § 05" && place == .byNumber)
        #expect(conditionText.blocks == ["A- § 05", "Prestations liées", "181974-181985"])
        #expect(result.edits[1].notes.contains("qui correspond à la prestation précitée"))
        #expect(reading.contains(where: { $0.severity == .warning && $0.message.hasPrefix("closing quotation marks that open nothing") }))
        // Without « et ses modalités de remboursement », the table after the prestation is still
        // its own: never dropped.
        let unsaid = edits("""
        Au chapitre « A. Ophtalmologie » de la Liste, jointe comme annexe 1re à l'arrêté royal du 25 juin 2014 fixant les procédures, le point « A.3.2 Traitement pour glaucome » est complété par la prestation suivante :

        « 181974-181985 Ensemble des micro-stents »

        _Table:_

        | Catégorie : I.C.a | Base : 742,13 |
        """)
        #expect(unsaid.edits.first?.newText.last == "| Catégorie : I.C.a | Base : 742,13 |", "\(unsaid.diagnostics)")
        // A new prestation whose text does not begin with its code: said.
        let uncoded = edits("Au chapitre « A. Ophtalmologie » de la Liste, jointe comme annexe 1re à l'arrêté royal du 25 juin 2014 fixant les procédures, le point « A.3.2 Traitement pour glaucome » est complété par la prestation suivante : « Ensemble des micro-stents »")
        #expect(uncoded.edits.first?.error == "the new prestation's text does not begin with its code (« Ensemble des micro-stents »)")
    }

    @Test(.enabled(if: fileExists(sharedRoot + "/corpus/amending-sample/2022040037.md"), "../shared is absent (a newcomer's clone); CI has it"))
    func theRealActOfANewPrestation() {
        let (result, _) = readFile(sharedRoot + "/corpus/amending-sample/2022040037.md")
        let read = result.edits.filter { $0.error == nil && $0.change != nil }
        #expect(read.map(\.source.address) == ["art. 1, 1°", "art. 1, 2°"])
        #expect(read.first?.newText.count == 8)
    }
}
