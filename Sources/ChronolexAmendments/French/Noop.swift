import ChronolexModel

/// "(concerne le texte allemand)", "(concerne uniquement le texte néerlandais)", also
/// without the brackets ("concerne le texte allemand;"): no change to this language version.
enum NoopForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        let bracketed = s.take("(")
        // « (ne concerne que le texte néerlandais) » too (look 20).
        let only = s.take("ne")
        guard s.take("concerne") else { return nil }
        if only, s.takeAny(["que", "qu'"]) == nil { return nil }
        _ = s.takeAny(["uniquement", "seulement"])
        _ = s.takeAny(["le", "la", "les"])
        guard let language = Lexicon.concernedLanguage(&s, bracketed: bracketed) else { return nil }
        return [ClauseOutput(target: UnitReference(clause.target.steps), change: .noop(language: language))]
    }
}
