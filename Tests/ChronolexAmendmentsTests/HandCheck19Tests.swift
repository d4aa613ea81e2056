import ChronolexAmendments
import ChronolexModel
import Testing

/// Look 19 (2026-12-03, probes of Dutch instructions and of dates by a reviewer who had not
/// written them, on a frozen build of 9b53a97): readings that left the text unamended with
/// nothing but a misleading warning.
@Suite("Look 19: Dutch instructions and dates")
struct HandCheck19Tests {
    /// Dutch puts the participle at the end of its clause, the place between: instructions
    /// whose participle stood six words or more after « wordt » were taken for provisions of
    /// the act (« not an amending instruction … not applied to any text »). Each is now an
    /// instruction: read, or an error that says it is not read — never a provision.
    @Test(arguments: [
        "In artikel 3 van hetzelfde besluit wordt tussen het eerste en het tweede lid een lid ingevoegd, luidende: « De openingsuren omvatten ten minste één avond. »",
        "In artikel 3 van hetzelfde besluit worden in het tweede lid de woorden « aan het publiek » vervangen door de woorden « op de website ».",
        "In artikel 7 van hetzelfde besluit wordt in de bepaling onder 2° het woord « rekeningen » vervangen door het woord « jaarrekening ».",
        "In artikel 3 van hetzelfde besluit worden tussen het woord « wordt » en het woord « ingediend » de woorden « elektronisch » ingevoegd.",
        "In hetzelfde besluit wordt na artikel 5 een artikel 5/1 ingevoegd, dat luidt als volgt: « Art. 5/1. De minister beslist. »",
        "In artikel 3 van hetzelfde besluit worden het tweede en het derde lid opgeheven.",
        "In artikel 3 van hetzelfde besluit worden de bepalingen onder 2° en 3° opgeheven.",
        "In artikel 3 van hetzelfde besluit wordt tussen de bepaling onder 1° en 2° een bepaling 1°/1 ingevoegd, die luidt als volgt: « 1°/1 lezer; »",
    ])
    func dutchParticipleAtTheEndIsAnInstruction(_ instruction: String) {
        let result = dutchEdits(instruction)
        #expect(!result.diagnostics.contains { $0.message.contains("not an amending instruction") }, "\(result.diagnostics.map(\.message))")
        #expect(!result.edits.isEmpty || result.hasErrors, "\(result.diagnostics.map(\.message))")
    }

    /// The Dutch order read: the place or the anchor between the auxiliary and the subject.
    @Test(arguments: [
        ("In artikel 3, § 1, van hetzelfde besluit wordt tussen het eerste en het tweede lid een lid ingevoegd, luidende: « De openingsuren omvatten ten minste één avond. »",
         "art. 1 — insert alinéa between al. 1 and al. 2 in art. 3, § 1 (1 block(s))"),
        ("In artikel 3, § 1, van hetzelfde besluit wordt na het eerste lid een lid ingevoegd, luidende: « De openingsuren omvatten ten minste één avond. »",
         "art. 1 — insert alinéa after al. 1 in art. 3, § 1 (1 block(s))"),
        ("In hetzelfde besluit wordt na artikel 5 een artikel 5/1 ingevoegd, dat luidt als volgt: « Art. 5/1. De minister beslist. »",
         "art. 1 — insert article 5/1 after art. 5 in the whole act (1 block(s))"),
        ("In artikel 3 van hetzelfde besluit worden in het tweede lid de woorden « aan het publiek » vervangen door de woorden « op de website ».",
         "art. 1 — replace « aan het publiek » by « op de website » in art. 3, al. 2"),
        ("In artikel 7, eerste lid, van hetzelfde besluit wordt in de bepaling onder 2° het woord « rekeningen » vervangen door het woord « jaarrekening ».",
         "art. 1 — replace « rekeningen » by « jaarrekening » in art. 7, al. 1, 2°"),
        ("In artikel 4 van hetzelfde besluit worden na het woord « wordt » de woorden « elektronisch » ingevoegd.",
         "art. 1 — insert « elektronisch » after « wordt » in art. 4"),
        ("In artikel 4 van hetzelfde besluit wordt tussen het woord « wordt » en het woord « ingediend » het woord « elektronisch » ingevoegd.",
         "art. 1 — insert « elektronisch » between « wordt » and « ingediend » in art. 4"),
        ("In artikel 7, eerste lid, van hetzelfde besluit wordt de bepaling onder 2° opgeheven.",
         "art. 1 — repeal art. 7, al. 1, 2°"),
        ("In artikel 3, § 1, van hetzelfde besluit worden het tweede en het derde lid opgeheven.",
         "art. 1 — repeal art. 3, § 1, al. 2 to art. 3, § 1, al. 3"),
        ("In artikel 7 van hetzelfde besluit wordt het eerste lid, 2°, vervangen door wat volgt: « 2° de jaarrekening; ».",
         "art. 1 — replace art. 7, al. 1, 2° by 1 block(s)"),
        ("In artikel 3, § 1, van hetzelfde besluit wordt het tweede lid het derde lid.",
         "art. 1 — renumber art. 3, § 1, al. 2 as art. 3, § 1, al. 3"),
        ("Artikel 6 van hetzelfde besluit wordt vernummerd tot artikel 8.", "art. 1 — renumber art. 6 as art. 8"),
        ("Artikel 6 van hetzelfde besluit wordt hernummerd tot artikel 8.", "art. 1 — renumber art. 6 as art. 8"),
        ("Artikel 5 van hetzelfde besluit wordt hersteld in de volgende lezing: « Art. 5. De minister beslist. »",
         "art. 1 — insert (re-established) art. 5 (1 block(s))"),
    ])
    func theDutchOrderIsRead(_ instruction: String, _ expected: String) {
        expectDutchReading(instruction, expected)
    }

    /// A provision of a Dutch act stays a provision (no verb of change after « wordt »).
    @Test func aDutchProvisionStaysAProvision() {
        let result = dutchEdits("Het bedrag van de toelage wordt vastgesteld op 500 euro per jaar.")
        #expect(result.edits.isEmpty)
        #expect(!result.hasErrors)
        #expect(result.diagnostics.map(\.message).first?.contains("not an amending instruction") == true)
    }

    /// « heeft uitwerking met ingang van », the Dutch « produit ses effets », and « treedt
    /// artikel 2 in werking » after a phrase: the edits took the default date.
    @Test func dutchDatesOfEffect() throws {
        let instruction = "In artikel 5 van hetzelfde besluit wordt het woord « dertig » vervangen door het woord « zestig »."
        let retro = dutchEdits(instruction + "\n\n**Art. 2.** Dit besluit heeft uitwerking met ingang van 1 januari 2020.")
        #expect(retro.edits.map(\.effective) == [.date(try #require(LegalDate("2020-01-01")))])
        #expect(retro.edits.first?.retroactive == true)
        #expect(!retro.diagnostics.contains { $0.message.contains("provision") }, "\(retro.diagnostics.map(\.message))")
        let from = dutchEdits(instruction + "\n\n**Art. 2.** Dit besluit heeft uitwerking vanaf 1 januari 2020.")
        #expect(from.edits.map(\.effective) == [.date(try #require(LegalDate("2020-01-01")))])
        let inverted = dutchEdits(instruction + "\n\n**Art. 2.** Dit besluit treedt in werking op 1 september 2024.\n\nIn afwijking van het eerste lid treedt artikel 1 in werking op 1 januari 2025.")
        #expect(inverted.edits.map(\.effective) == [.date(try #require(LegalDate("2025-01-01")))], "\(inverted.diagnostics.map(\.message))")
    }

    /// « … cesse d'être en vigueur le … », in the clause, in an alinéa of its own (« Il cesse
    /// … ») or an article of its own: called a provision, or « cannot tell what it applies
    /// to ». The date of entry into force read; the end said as a warning.
    @Test(arguments: [
        "Le présent arrêté entre en vigueur le 1er avril 2024 et cesse d'être en vigueur le 31 décembre 2025.",
        "Le présent arrêté entre en vigueur le 1er avril 2024.\n\nIl cesse d'être en vigueur le 31 décembre 2025.",
        "Le présent arrêté entre en vigueur le 1er avril 2024.\n\n**Art. 3.** Le présent arrêté cesse d'être en vigueur le 31 décembre 2025.",
    ])
    func anEndToTheActsForceIsSaid(_ clauses: String) throws {
        let result = edits("Dans l'article 5 du même arrêté, le mot « trente » est remplacé par le mot « soixante ».\n\n**Art. 2.** " + clauses)
        #expect(result.edits.map(\.effective) == [.date(try #require(LegalDate("2024-04-01")))])
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.diagnostics.first?.message == "the act sets an end to its force (« cesse d'être en vigueur le 31 décembre 2025 »): the changes it made are kept after that date — whether they lapse with it is not read; check the text after it")
    }

    /// « Le présent arrêté est applicable à partir du … » is said for what it is: when the
    /// act applies, not a date of entry into force (it was « not an amending instruction »).
    @Test func whenTheActAppliesIsSaid() {
        let result = edits("Dans l'article 5 du même arrêté, le mot « trente » est remplacé par le mot « soixante ».\n\n**Art. 2.** Le présent arrêté est applicable à partir du 1er janvier 2020.")
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.diagnostics.first?.message.hasPrefix("a rule of this act on when it applies («Le présent arrêté est applicable à partir du 1er janvier 202") == true, "\(result.diagnostics.map(\.message))")
    }

    /// « het woord „dertig" »: the low mark hid the verb inside a quotation; now an error.
    @Test func aLowQuotationMarkIsAnError() {
        let result = dutchEdits("In artikel 5 van hetzelfde besluit wordt het woord „dertig\" vervangen door het woord „zestig\".")
        #expect(result.edits.allSatisfy { $0.change == nil && $0.error != nil })
        #expect(result.hasErrors)
        #expect(result.diagnostics.first?.message.hasPrefix("the low quotation mark „") == true, "\(result.diagnostics.map(\.message))")
    }
}
