/// `count` texts made of `pieces`, drawn by a fixed linear congruential generator from
/// `seed` (the same texts every run), each of fewer than 2^(64 − `lengthShift`) pieces:
/// the odd strings a fast path is compared on with the plain way.
func generatedTexts(_ pieces: [String], count: Int, seed: UInt64, lengthShift: UInt64) -> [String] {
    var state = seed
    func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state
    }
    return (0..<count).map { _ in
        (0..<Int(next() >> lengthShift)).map { _ in pieces[Int(next() >> 33) % pieces.count] }.joined()
    }
}
