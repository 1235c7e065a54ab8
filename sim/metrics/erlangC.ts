/**
 * Erlang C: the steady state of an M/M/c queue (Poisson arrivals at rate λ,
 * exponential service at rate μ per server, c servers, one unlimited line),
 * like a call centre's agents and its hold queue. Gives the probability that
 * an arriving customer has to wait and the mean wait in line, Wq.
 *
 * @see https://en.wikipedia.org/wiki/Erlang_(unit)#Erlang_C_formula
 */

/** Steady-state waiting figures of an M/M/c queue. */
export interface ErlangC {
  /** Probability that an arriving customer finds every server busy and waits (C(c, a)). */
  waitProbability: number;
  /** Mean time in line before service, Wq = C(c, a) / (cμ − λ). */
  meanWait: number;
}

/**
 * Erlang C for arrival rate λ, service rate μ per server and c servers.
 * Throws a RangeError unless the queue is stable (ρ = λ / (cμ) < 1): an
 * unstable queue grows without bound and has no steady state.
 */
export function erlangC(arrivalRate: number, serviceRate: number, servers: number): ErlangC {
  if (!(arrivalRate > 0 && serviceRate > 0)) throw new RangeError(`erlangC: rates must be > 0, got λ = ${arrivalRate}, μ = ${serviceRate}`);
  if (!(Number.isInteger(servers) && servers >= 1)) throw new RangeError(`erlangC: servers must be a whole number >= 1, got ${servers}`);
  const load = arrivalRate / serviceRate;
  const rho = load / servers;
  if (!(rho < 1)) throw new RangeError(`erlangC: utilisation ρ = λ/(cμ) = ${rho} must be < 1 for a steady state`);
  // Erlang B by its recurrence B(k) = a·B(k−1) / (k + a·B(k−1)), which stays
  // in [0, 1] where the textbook sum of a^k/k! overflows for large c.
  let blocking = 1;
  for (let k = 1; k <= servers; k++) blocking = (load * blocking) / (k + load * blocking);
  const waitProbability = blocking / (1 - rho * (1 - blocking));
  return { waitProbability, meanWait: waitProbability / (servers * serviceRate - arrivalRate) };
}
