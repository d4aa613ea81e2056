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
