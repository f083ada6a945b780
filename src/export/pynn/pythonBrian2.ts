/**
 * The Python that adapts pyNN.brian2 0.10.1 for the exported scripts (used with --backend brian2 only).
 * Adaptations (each keeps PyNN's meaning; pyNN.nest needs none of them):
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
export const PYTHON_BRIAN2 = String.raw`def adapt_brian2(sim):
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
`;
