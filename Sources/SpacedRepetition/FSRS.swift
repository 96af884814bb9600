import Foundation

/// FSRS-6, the Free Spaced Repetition Scheduler, as pure functions of its 21 parameters
/// w0...w20. Memory is a stability S (days until recall falls to 90%) and a difficulty D
/// (1 to 10); a review's grade G is 1 Again, 2 Hard, 3 Good or 4 Easy.
///
/// The formulas, with F = 0.9^(−1/w20) − 1:
/// - retrievability after t days: R(t, S) = (1 + F·t/S)^(−w20)
/// - next interval for retention r: I(S) = S/F · (r^(−1/w20) − 1), rounded to whole days
///   (halves to even), at least 1 and at most `maximumInterval`
/// - first review: S0(G) = w[G−1]; D0(G) = w4 − e^(w5·(G−1)) + 1, kept within 1...10
/// - difficulty after a review: D′ = w7·D0(4) + (1 − w7)·(D + (10 − D)·(−w6·(G − 3))/9),
///   kept within 1...10 (D0(4) unclamped)
/// - stability after a success (G ≥ 2) a day or more later:
///   S′ = S·(1 + e^w8·(11 − D)·S^(−w9)·(e^(w10·(1 − R)) − 1)·h·b), h = w15 for Hard, b = w16
///   for Easy, else 1
/// - stability after a lapse (G = 1) a day or more later:
///   S′ = min(w11·D^(−w12)·((S + 1)^w13 − 1)·e^(w14·(1 − R)), S / e^(w17·w18))
/// - a review on the same day as the last one (t < 1):
///   S′ = S·e^(w17·(G − 3 + w18))·S^(−w19), the factor at least 1 when G ≥ 2
/// - stability is never below 0.001.
///
/// These are the reference implementation's (py-fsrs 6.x, `fsrs` on PyPI) with learning
/// steps off: every review is scheduled in whole days.
public struct FSRS: Sendable, Equatable {
    /// w0...w20.
    public let w: [Double]
    /// The probability of recall a review is scheduled at.
    public let desiredRetention: Double
    /// The longest interval, in days.
    public let maximumInterval: Int

    /// FSRS-6's published default parameters (those of py-fsrs 6.x and Anki 25.x), fitted
    /// to the open srs-benchmark's reviews.
    public static let defaultParameters: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]
    /// The lowest stability, in days.
    public static let minimumStability = 0.001

    /// The scheduler PeerTrack uses: default parameters, retention 0.9, at most 100 years.
    public static let standard = FSRS(w: defaultParameters, desiredRetention: 0.9, maximumInterval: 36_500)

    /// A scheduler with these parameters (21 of them) and target retention.
    public init(w: [Double], desiredRetention: Double, maximumInterval: Int) {
        precondition(w.count == 21, "FSRS-6 has 21 parameters")
        self.w = w
        self.desiredRetention = desiredRetention
        self.maximumInterval = maximumInterval
    }

    /// −w20: how fast recall falls.
    var decay: Double { -w[20] }
    /// F, which makes R(S, S) = 0.9.
    var factor: Double { pow(0.9, 1 / decay) - 1 }

    /// R(t, S): the probability of recall `elapsedDays` after the last review.
    public func retrievability(elapsedDays: Double, stability: Double) -> Double {
        pow(1 + factor * max(0, elapsedDays) / stability, decay)
    }

    /// I(S): whole days until recall falls to the desired retention.
    public func interval(stability: Double) -> Int {
        let days = (stability / factor) * (pow(desiredRetention, 1 / decay) - 1)
        return min(max(Int(days.rounded(.toNearestOrEven)), 1), maximumInterval)
    }

    /// S0(G): the stability after the first review.
    public func initialStability(_ grade: Grade) -> Double {
        max(w[grade.rawValue - 1], FSRS.minimumStability)
    }

    /// D0(G): the difficulty after the first review.
    public func initialDifficulty(_ grade: Grade) -> Double {
        FSRS.clampDifficulty(rawInitialDifficulty(grade))
    }

    /// D′: the difficulty after a review graded `grade`.
    public func nextDifficulty(_ difficulty: Double, _ grade: Grade) -> Double {
        let delta = -(w[6] * Double(grade.rawValue - 3))
        let damped = difficulty + (10 - difficulty) * delta / 9
        return FSRS.clampDifficulty(w[7] * rawInitialDifficulty(.easy) + (1 - w[7]) * damped)
    }

    /// S′: the stability after a review a day or more after the last, at recall `retrievability`.
    public func nextStability(_ stability: Double, difficulty: Double, retrievability: Double, grade: Grade) -> Double {
        let next =
            grade == .again
            ? forgetStability(stability, difficulty: difficulty, retrievability: retrievability)
            : recallStability(stability, difficulty: difficulty, retrievability: retrievability, grade: grade)
        return max(next, FSRS.minimumStability)
    }

    /// S′ after a review on the same day as the last one.
    public func shortTermStability(_ stability: Double, grade: Grade) -> Double {
        var increase = exp(w[17] * (Double(grade.rawValue) - 3 + w[18])) * pow(stability, -w[19])
        if grade >= .hard { increase = max(increase, 1) }
        return max(stability * increase, FSRS.minimumStability)
    }

    func recallStability(_ stability: Double, difficulty: Double, retrievability: Double, grade: Grade) -> Double {
        let hardPenalty = grade == .hard ? w[15] : 1
        let easyBonus = grade == .easy ? w[16] : 1
        return stability
            * (1 + exp(w[8]) * (11 - difficulty) * pow(stability, -w[9]) * (exp((1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus)
    }

    func forgetStability(_ stability: Double, difficulty: Double, retrievability: Double) -> Double {
        let longTerm = w[11] * pow(difficulty, -w[12]) * (pow(stability + 1, w[13]) - 1) * exp((1 - retrievability) * w[14])
        let shortTerm = stability / exp(w[17] * w[18])
        return min(longTerm, shortTerm)
    }

    private func rawInitialDifficulty(_ grade: Grade) -> Double {
        w[4] - exp(w[5] * Double(grade.rawValue - 1)) + 1
    }

    private static func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, 1), 10)
    }
}
