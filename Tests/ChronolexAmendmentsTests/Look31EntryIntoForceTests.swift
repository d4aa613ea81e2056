import ChronolexAmendments
import ChronolexModel
import Testing

/// « Entrent en vigueur le … : 1° l'arrêté royal du … » (look 31): a whole act dated in a
/// list, as in the singular « L'arrêté royal du … entre en vigueur le … ».
@Suite("Look 31: a whole act dated in a list (reading)")
struct Look31EntryIntoForceTests {
    @Test func french() {
        let (result, _) = readAmending("""
        **Article 1er.** Entrent en vigueur le 1er janvier 2025 :

        1° l'arrêté royal du 1er mars 2012 modifiant l'arrêté royal du 15 janvier 2010 relatif aux piscines publiques;

        2° l'article 5 de l'arrêté royal du 15 janvier 2010 relatif aux piscines publiques;

        3° le présent arrêté.
        """, title: "Arrêté royal fixant la date d'entrée en vigueur de certaines dispositions")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.fixings.map { "\($0.act.date?.iso ?? "?") \($0.selectors.map(\.description)) → \($0.effective.iso)" }
                == ["2012-03-01 [] → 2025-01-01", "2010-01-15 [\"art. 5\"] → 2025-01-01"])
    }

    @Test func dutch() {
        let (result, _) = readAmending("""
        **Artikel 1.** Treden in werking op 1 januari 2025:

        1° het koninklijk besluit van 1 maart 2012 tot wijziging van het koninklijk besluit van 15 januari 2010 betreffende de openbare zwembaden;

        2° dit besluit.
        """, title: "Koninklijk besluit tot vaststelling van de datum van inwerkingtreding", titleKey: "title-nl")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.fixings.map { "\($0.act.date?.iso ?? "?") \($0.selectors.count) → \($0.effective.iso)" } == ["2012-03-01 0 → 2025-01-01"])
    }
}

/// « le lendemain de sa publication au Moniteur belge » (look 31: « cannot read the date »).
@Suite("Look 31: le lendemain de sa publication")
struct Look31DayAfterTests {
    @Test(arguments: [
        "Le présent arrêté entre en vigueur le lendemain de sa publication au Moniteur belge.",
        "Le présent arrêté entre en vigueur le lendemain de la date de sa publication au Moniteur belge.",
        "Le présent arrêté entre en vigueur le lendemain de la publication du présent arrêté au Moniteur belge.",
    ])
    func theDayAfter(_ clause: String) {
        let (result, map) = EntryIntoForceTests().dates(clause, publication: "2024-01-10")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(map == ["art. 1, 1°": "2024-01-11", "art. 1, 2°": "2024-01-11", "art. 2": "2024-01-11"])
    }
}

/// « Le chapitre 2 de l'arrêté …, comportant les articles 6 et 7, est abrogé » (look 31: the
/// clause taken into the cited title, the instruction unread).
@Suite("Look 31: what a unit holds, after the cited act")
struct Look31HoldingClauseTests {
    @Test(arguments: ["comportant les articles 6 et 7", "comprenant l'article 6"])
    func afterTheCitation(_ clause: String) throws {
        let (result, _) = readAmending("""
        **Article 1er.** Le chapitre 2 de l'arrêté du Gouvernement du 12 mars 2015 relatif aux bibliothèques publiques, \(clause), est abrogé.
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .repeal && edit.targetAct?.title == "relatif aux bibliothèques publiques")
    }
}
