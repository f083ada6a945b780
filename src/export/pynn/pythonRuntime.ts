/**
 * The fixed Python half of every exported script: command line, backend loading, the pyNN.brian2
 * adaptations, building the network from the data tables, running it and writing the results.
 * The same code runs on pyNN.nest (with MPI: `mpirun -np N python3 out.py --backend nest`).
 *
 * pyNN.brian2 0.10.1 adaptations (each keeps PyNN's meaning; pyNN.nest needs none of them):
 * - its Izhikevich group takes c and d from the first neuron only (IzhikevichNeuronGroup pops
 *   v_reset[0] and d[0]); the script's group resets each neuron with its own c and d;
 * - its FromListConnector makes one Brian2 connect call per target neuron, each recounting every
 *   synapse made so far, and sets each synapse's weight and delay with its own indexing call (over an
 *   hour of CPU for a million synapses); the script connects a whole list in one call and sets the
 *   translated parameters as whole arrays;
 * - Brian2 applies an arriving spike after the state update of its step (one step later than NEST
 *   and our engine), so Brian2's delays are one step shorter than the listed ones;
 * - its NoisyCurrentSource updates i_inj neuron by neuron from Python every step; the script draws
 *   the same per-neuron, per-dt Gaussian values as one array (NEST's noise_generator also gives each
 *   target its own draw).
 */
export const PYTHON_RUNTIME = String.raw`
import argparse
import base64
import json
import sys
import zlib

import numpy as np


def unpack(text, dtype):
    """An array stored as base64 of zlib-compressed little-endian bytes."""
    return np.frombuffer(zlib.decompress(base64.b64decode(text)), dtype=dtype).astype(float if dtype[1] == "f" else int)


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["brian2", "nest"], default="brian2",
                        help="PyNN backend (default brian2; nest runs under MPI with mpirun)")
    parser.add_argument("--duration-ms", type=float, default=DURATION_MS, help="simulated time in ms")
    parser.add_argument("--seed", type=int, default=SEED, help="seed of the simulator's random streams")
    parser.add_argument("--results", help="write a JSON summary here: rates, spikes, final weights")
    parser.add_argument("--data", help="write every recording with neo to files named <DATA>_<population>.pkl")
    return parser.parse_args()


def load_backend(name):
    if name == "nest":
        import pyNN.nest as sim
        return sim
    import pyNN.brian2 as sim
    adapt_brian2(sim)
    return sim


def adapt_brian2(sim):
    import brian2
    from copy import deepcopy
    from itertools import chain
    from pyNN.brian2.cells import BaseNeuronGroup

    class PerNeuronResetIzhikevichGroup(BaseNeuronGroup):
        def __init__(self, n, equations, **parameters):
            BaseNeuronGroup.__init__(self, n, equations, threshold="v >= 30*mV",
                                     reset="v = v_reset; u += d", refractory=0 * brian2.ms, **parameters)

    sim.Izhikevich.brian2_model = PerNeuronResetIzhikevichGroup

    # Izhikevich (2003)'s network scheme (net.m): a spike's input is a current that lasts one step,
    # v advances in two half steps with u held, then u one step with the new v. Brian2 integrates v in
    # the two half steps, u follows in the same slot; the synapses add to v_pulse (mV per step) instead
    # of jumping v, and v_pulse is cleared once the step has used it. (Updating u in half steps too
    # raises this network's rates by ~10 % (excitatory) and ~20 % (inhibitory).)
    half_steps = brian2.ExplicitStateUpdater("""
        x_half = x + 0.5*dt*f(x, t)
        x_new = x_half + 0.5*dt*f(x_half, t)""")

    class NetworkSchemeIzhikevichGroup(BaseNeuronGroup):
        def __init__(self, n, equations, **parameters):
            BaseNeuronGroup.__init__(self, n, equations, threshold="v >= 30*mV", reset="v = v_reset; u += d",
                                     refractory=0 * brian2.ms, method=half_steps, **parameters)
            self.run_regularly("u += dt*a*(b*v - u)", when="groups", order=1)
            self.run_regularly("v_pulse = 0*mV", when="thresholds", order=-1)

    class NetworkSchemeIzhikevich(sim.Izhikevich):
        eqs = brian2.Equations(f"""
            dv/dt = (0.04/ms/mV)*v*v + (5/ms)*v + 140*mV/ms - u + (i_offset + i_inj)/pF + v_pulse/({TIMESTEP_MS}*ms) : volt
            u : volt/second
            a : 1/second
            b : 1/second
            v_reset : volt
            d : volt/second
            i_offset : amp
            i_inj : amp
            v_pulse : volt""")
        post_synaptic_variables = {"excitatory": "v_pulse", "inhibitory": "v_pulse"}
        brian2_model = NetworkSchemeIzhikevichGroup

    sim.NetworkSchemeIzhikevich = NetworkSchemeIzhikevich

    original_connect = sim.FromListConnector.connect

    def connect_all_at_once(self, projection):
        """FromListConnector.connect with one Brian2 connect call and whole-array parameters."""
        if not (isinstance(projection.pre, sim.Population) and isinstance(projection.post, sim.Population)):
            return original_connect(self, projection)
        connections = self.conn_list
        synapses = projection._brian2_synapses[0][0]
        first = len(synapses)
        synapses.connect(i=connections[:, 0].astype(int), j=connections[:, 1].astype(int))
        projection._n_connections += connections.shape[0]
        parameters = deepcopy(projection.synapse_type.parameter_space)
        parameters.shape = (connections.shape[0],)
        for column, name in enumerate(self.column_names, 2):
            parameters.update(**{name: connections[:, column]})
        parameters = projection.synapse_type.translate(parameters)
        parameters.evaluate()
        new = slice(first, first + connections.shape[0])
        for name, value in chain(parameters.items(), projection.synapse_type.initial_conditions.items()):
            if name == "dendritic_delay_fraction":
                continue
            if name == "delay":
                # Brian2 delivers a spike after the state update of the step it arrives in, so it first
                # moves v one step later than in NEST and in our engine; one step less delay agrees.
                step = projection._simulator.state.dt * brian2.ms
                value = np.maximum(np.round(value / step) - 1, 0) * step
            getattr(synapses, name)[new] = value

    sim.FromListConnector.connect = connect_all_at_once


def target_of(sim, population, neurons):
    return population if neurons is None else population[list(neurons)]


class Brian2Noise:
    """Gaussian current, a fresh value per neuron every dt_ms, added to i_inj (as PyNN's sources add)."""

    def __init__(self, sim, population, neurons, mean_na, stdev_na, dt_ms, start_ms, stop_ms, rng):
        import brian2
        self.values = population.brian2_group.variables["i_inj"]
        self.indices = np.arange(population.size) if neurons is None else np.asarray(neurons)
        self.previous = np.zeros(self.indices.size)
        self.mean, self.stdev, self.start, self.stop, self.rng = mean_na * 1e-9, stdev_na * 1e-9, start_ms, stop_ms, rng
        self.ms = brian2.ms
        operation = brian2.NetworkOperation(self.update, dt=dt_ms * brian2.ms, when="start", order=1)
        sim.simulator.state.network.add(operation)

    def update(self, t):
        now_ms = float(t / self.ms)
        on = self.start - 1e-9 <= now_ms < self.stop - 1e-9
        drawn = self.mean + self.stdev * self.rng.standard_normal(self.indices.size) if on else np.zeros(self.indices.size)
        current = self.values.get_value()
        current[self.indices] += drawn - self.previous
        self.previous = drawn


def use_published_izhikevich_numerics(population):
    """NEST's izhikevich has the paper's scheme built in (consistent_integration False, for 1 ms steps)."""
    import nest
    nest.SetStatus(population.node_collection, {"consistent_integration": False})


def build(sim, backend, seed, duration_ms):
    rng = np.random.default_rng(seed)
    populations = {}
    for spec in POPULATIONS:
        network_scheme = spec["scheme"] == "izhikevich2003network"
        cell_class = sim.NetworkSchemeIzhikevich if network_scheme and backend == "brian2" else getattr(sim, spec["cell_type"])
        population = sim.Population(spec["size"], cell_class(**spec["parameters"]), label=spec["label"])
        if network_scheme and backend == "nest":
            use_published_izhikevich_numerics(population)
        if spec["initial_values"]:
            population.initialize(**spec["initial_values"])
        populations[spec["name"]] = population
    projections = {}
    for spec in PROJECTIONS:
        columns = [spec["pre_index"], spec["post_index"], spec["weight"], spec["delay_ms"]]
        connector = sim.FromListConnector(np.column_stack(columns), column_names=["weight", "delay"])
        if spec["stdp"] is None:
            synapse = sim.StaticSynapse()
        else:
            stdp = spec["stdp"]
            dependence = sim.AdditiveWeightDependence if stdp["weight_dependence"] == "additive" else sim.MultiplicativeWeightDependence
            synapse = sim.STDPMechanism(
                timing_dependence=sim.SpikePairRule(tau_plus=stdp["tau_plus"], tau_minus=stdp["tau_minus"],
                                                    A_plus=stdp["A_plus"], A_minus=stdp["A_minus"]),
                weight_dependence=dependence(w_min=stdp["w_min"], w_max=stdp["w_max"]),
                weight=0.0, delay=TIMESTEP_MS, dendritic_delay_fraction=0.0)
            if backend == "brian2" and stdp["weight_dependence"] != "additive":
                print("warning: pyNN.brian2 0.10 applies additive STDP whatever the weight dependence; use --backend nest", file=sys.stderr)
        projections[spec["name"]] = sim.Projection(populations[spec["pre"]], populations[spec["post"]], connector,
                                                   synapse, receptor_type=spec["receptor"], label=spec["name"])
    for spec in CURRENT_SOURCES:
        population = populations[spec["target"]]
        stop = duration_ms if spec.get("stop") is None else min(spec["stop"], duration_ms)
        if spec["kind"] == "noise" and backend == "brian2":
            Brian2Noise(sim, population, spec["neurons"], spec["mean"], spec["stdev"], spec["dt"], spec["start"], stop, rng)
            continue
        if spec["kind"] == "noise":
            source = sim.NoisyCurrentSource(mean=spec["mean"], stdev=spec["stdev"], dt=spec["dt"], start=spec["start"], stop=stop)
        elif spec["kind"] == "dc":
            source = sim.DCSource(amplitude=spec["amplitude"], start=spec["start"], stop=stop)
        else:
            source = sim.StepCurrentSource(times=spec["times"], amplitudes=spec["amplitudes"])
        source.inject_into(target_of(sim, population, spec["neurons"]))
    for spec in RECORDINGS:
        target = target_of(sim, populations[spec["population"]], spec["neurons"])
        if spec["sampling_interval"] is None:
            target.record(spec["variable"])
        else:
            target.record(spec["variable"], sampling_interval=spec["sampling_interval"])
    return populations, projections


def summarise(sim, backend, duration_ms, populations, projections):
    summary = {"level": LEVEL_ID, "backend": backend, "timestep_ms": TIMESTEP_MS, "duration_ms": duration_ms,
               "populations": {}, "weights": {}}
    recorded = {spec["population"] for spec in RECORDINGS if spec["variable"] == "spikes"}
    for name in recorded:
        population = populations[name]
        trains = population.get_data("spikes").segments[0].spiketrains
        times, neurons = [], []
        for train in trains:
            index = train.annotations.get("source_index")
            if index is None:  # neo's multiplexed spike lists name the cell by its id only
                index = population.id_to_index(int(train.annotations.get("source_id", train.annotations.get("channel_id"))))
            times.extend(float(t) for t in train.magnitude)
            neurons.extend([int(index)] * len(train))
        summary["populations"][name] = {"size": population.size, "spikes": len(times),
                                        "rate_hz": len(times) / population.size / (duration_ms / 1000.0),
                                        "times_ms": times, "neurons": neurons}
    for spec in PROJECTIONS:
        if spec["record_weights"]:
            connections = projections[spec["name"]].get("weight", format="list", with_address=True)
            summary["weights"][spec["name"]] = {
                "pre": [int(c[0]) for c in connections], "post": [int(c[1]) for c in connections],
                "weight": [float(c[2]) for c in connections], "to_level_units": 1.0 / spec["weight_scale"]}
    return summary


def main():
    arguments = parse_arguments()
    sim = load_backend(arguments.backend)
    sim.setup(timestep=TIMESTEP_MS, min_delay="auto", rng_seed=arguments.seed)
    if arguments.backend == "brian2":
        import brian2
        brian2.seed(arguments.seed)
    populations, projections = build(sim, arguments.backend, arguments.seed, arguments.duration_ms)
    sim.run(arguments.duration_ms)
    summary = summarise(sim, arguments.backend, arguments.duration_ms, populations, projections)
    if sim.rank() == 0:
        for name, population in summary["populations"].items():
            print(f"{name}: {population['rate_hz']:.2f} Hz ({population['spikes']} spikes)")
        if arguments.results:
            with open(arguments.results, "w") as out:
                json.dump(summary, out)
    if arguments.data:
        for name, population in populations.items():
            if population.recorder.recorded:
                population.write_data(f"{arguments.data}_{name}.pkl")
    sim.end()


if __name__ == "__main__":
    main()
`;
