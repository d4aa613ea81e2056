import ChronolexModel

/// "(concerne le texte allemand)", "(concerne uniquement le texte néerlandais)"; Dutch
/// "(betreft de Duitse tekst)", German "(betrifft nur den deutschen Text)": no change to
/// this language version.
enum NoopForm: InstructionForm {
    static let languages: [String: String] = [
        "allemand": "allemand", "neerlandais": "néerlandais", "francais": "français",
        "duitse": "allemand", "nederlandse": "néerlandais", "franse": "français",
        "deutschen": "allemand", "niederlandischen": "néerlandais", "französischen": "français", "niederländischen": "néerlandais",
    ]

    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        // Also without the brackets, as some acts print it: "concerne le texte allemand;".
        let bracketed = s.take("(")
        guard s.take("concerne") || s.take("betreft") || s.take("betrifft") else { return nil }
        _ = s.takeAny(["uniquement", "seulement", "enkel", "alleen", "nur"])
        _ = s.takeAny(["le", "la", "les", "de", "den"])
        var language: String?
        while let w = s.word(), w != ")" {
            if let name = languages[w] { language = name }
            s.index += 1
        }
        guard !bracketed || s.take(")"), let language else { return nil }
        return [ClauseOutput(target: EditTarget(parts: clause.target), operation: Operation(.noop, language: language))]
    }
}
