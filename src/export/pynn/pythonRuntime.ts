/**
 * The fixed Python of every exported script, around the data tables writePynnScript fills in:
 * PYTHON_PRELUDE (imports, the array decoder), then the tables, then PYTHON_MAIN (command line,
 * backend loading, building the network from the tables, running it, writing the results). The same
 * code runs on pyNN.nest, also under MPI (`mpirun -np N python3 out.py --backend nest`); the Brian2
 * adaptations are in pythonBrian2.ts.
 */
import { PYTHON_BRIAN2 } from './pythonBrian2';

export const PYTHON_PRELUDE = String.raw`import argparse
import base64
import json
import sys
import zlib

import numpy as np


def unpack(text, dtype):
    """An array stored as base64 of zlib-compressed little-endian bytes."""
    return np.frombuffer(zlib.decompress(base64.b64decode(text)), dtype=dtype).astype(float if dtype[1] == "f" else int)
`;

export const PYTHON_MAIN = String.raw`def parse_arguments():
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


${PYTHON_BRIAN2}


def target_of(sim, population, neurons):
    return population if neurons is None else population[list(neurons)]


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
