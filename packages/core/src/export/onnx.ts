/**
 * A model file as an ONNX model (opset 13), encoded with protobufjs through onnx-proto (code generated from the
 * official onnx.proto). The graph takes raw inputs `x` [batch, inputs] and returns raw targets `y` [batch, outputs]:
 * the input features (Gather, Mul, Sin, Concat; x is then [batch, 2], x1 and x2), the input normalization, every
 * dense layer (Gemm, activation) and the target normalization are nodes of it.
 * Float64 by default, so it computes what the engine computes up to the order of the sums inside MatMul; `float32`
 * rounds every constant to float32 for runtimes that want it.
 */
import onnxProto from 'onnx-proto';
import type { Feature } from '../features/features.js';
import type { ColumnMap, ForwardPlan, PlannedLayer } from './forward-plan.js';
import { describePlan, featureList, forwardPlan } from './forward-plan.js';

const { onnx } = onnxProto;

/** The operator set the graph uses (Softmax takes one axis from 13 on). */
export const ONNX_OPSET = 13;
/** The IR version that goes with opset 13. */
const IR_VERSION = 7;

/** Options of exportOnnx. */
export interface OnnxOptions {
  /** Float32 tensors and constants instead of float64. @default false */
  readonly float32?: boolean;
  /** The version of neuronlab writing the file, stored as producer_version. @default '' */
  readonly producerVersion?: string;
}

/** Builds the graph's nodes and constants; each method returns the name of the tensor it made. */
class GraphBuilder {
  readonly nodes: InstanceType<typeof onnx.NodeProto>[] = [];
  readonly initializers: InstanceType<typeof onnx.TensorProto>[] = [];

  constructor(private readonly float32: boolean) {}

  /** A constant tensor of the graph's float type. */
  constant(name: string, dims: readonly number[], values: readonly number[]): string {
    this.initializers.push(
      onnx.TensorProto.create({
        name,
        dims: [...dims],
        dataType: this.float32 ? onnx.TensorProto.DataType.FLOAT : onnx.TensorProto.DataType.DOUBLE,
        ...(this.float32 ? { floatData: Array.from(Float32Array.from(values)) } : { doubleData: [...values] }),
      }),
    );
    return name;
  }

  /** A constant int64 vector (indices for Gather). */
  indices(name: string, values: readonly number[]): string {
    this.initializers.push(
      onnx.TensorProto.create({
        name,
        dims: [values.length],
        dataType: onnx.TensorProto.DataType.INT64,
        int64Data: [...values],
      }),
    );
    return name;
  }

  /** A node computing `output` from `inputs`; `attribute` holds its settings (Softmax's axis). */
  node(
    opType: string,
    inputs: readonly string[],
    output: string,
    docString = '',
    attribute: InstanceType<typeof onnx.AttributeProto>[] = [],
  ): string {
    this.nodes.push(
      onnx.NodeProto.create({ opType, input: [...inputs], output: [output], name: output, docString, attribute }),
    );
    return output;
  }
}

function axis(value: number) {
  return onnx.AttributeProto.create({ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: value });
}

/** One feature as a [batch, 1] column named `out`, from the raw columns `column(i)`. */
function featureNode(g: GraphBuilder, f: Feature, out: string, column: (i: number) => string): string {
  const t = f.term;
  switch (t.op) {
    case 'input':
      return column(t.input);
    case 'square':
      return g.node('Mul', [column(t.input), column(t.input)], out, f.name);
    case 'product':
      return g.node('Mul', [column(0), column(1)], out, f.name);
    case 'sin':
      return g.node('Sin', [column(t.input)], out, f.name);
  }
}

/** The features: raw x [batch, 2] → one column per feature (x1, x1·x1, x1·x2, Sin(x1), …), joined in order. */
function featureNodes(g: GraphBuilder, features: readonly Feature[] | null, x: string): string {
  if (features === null) return x;
  const columns = new Map<number, string>();
  // raw input i as a [batch, 1] column, made once however many features read it
  const column = (i: number): string => {
    const name = `x${i + 1}`;
    if (!columns.has(i)) columns.set(i, g.node('Gather', [x, g.indices(`${name}.index`, [i])], name, '', [axis(1)]));
    return name;
  };
  const made = features.map((f, k) => featureNode(g, f, `feature${k + 1}`, column));
  return g.node(
    'Concat',
    made,
    'features',
    `the model's inputs are made from x1, x2: ${features.map((f) => f.name).join(', ')}`,
    [axis(1)],
  );
}

/** The normalization: the features (or raw x) → what the first layer saw, (x − shift) / scale per column. */
function inputNodes(g: GraphBuilder, map: ColumnMap | null, x: string): string {
  if (map === null) return x;
  const shift = g.constant('input.shift', [map.shift.length], map.shift);
  const scale = g.constant('input.scale', [map.scale.length], map.scale);
  const shifted = g.node('Sub', [x, shift], 'input.shifted', `inputs were normalized (${map.kind}) for training`);
  return g.node('Div', [shifted, scale], 'input.normalized');
}

/** One dense layer: activation(h·W + b). */
function layerNodes(g: GraphBuilder, layer: PlannedLayer, n: number, h: string): string {
  const p = `layer${n}`;
  const weight = g.constant(`${p}.weight`, [layer.inputs, layer.units], layer.weight);
  const bias = g.constant(`${p}.bias`, [layer.units], layer.bias);
  // Gemm: h·W + b in one node. (MatMul then Add would compute the same, but ONNX Runtime's optimizer folds a division
  // by a one-element constant before a MatMul into the MatMul's float32 `alpha`, which rounds a float64 graph.)
  const z = g.node('Gemm', [h, weight, bias], `${p}.z`, `dense layer ${n}: h·W + b`);
  switch (layer.activation) {
    case 'linear':
      return z;
    case 'relu':
      return g.node('Relu', [z], `${p}.relu`);
    case 'leaky-relu': {
      // max(z, 0.01·z) is leaky relu for a slope below 1, with the slope a constant of the graph's own type:
      // LeakyRelu's alpha attribute is a float32, which would round 0.01 in a float64 graph
      const alpha = g.constant(`${p}.alpha`, [], [0.01]);
      const scaled = g.node('Mul', [z, alpha], `${p}.scaled`);
      return g.node('Max', [z, scaled], `${p}.leaky_relu`, 'leaky relu: max(z, 0.01·z)');
    }
    case 'tanh':
      return g.node('Tanh', [z], `${p}.tanh`);
    case 'sigmoid':
      return g.node('Sigmoid', [z], `${p}.sigmoid`);
    case 'softmax': {
      return g.node('Softmax', [z], `${p}.softmax`, 'softmax over each row', [axis(-1)]);
    }
  }
}

/** The output stage: the last layer's outputs → raw targets, y·scale + shift per column. */
function outputNodes(g: GraphBuilder, map: ColumnMap | null, h: string): string {
  if (map === null) return h;
  const scale = g.constant('target.scale', [map.scale.length], map.scale);
  const shift = g.constant('target.shift', [map.shift.length], map.shift);
  const scaled = g.node('Mul', [h, scale], 'target.scaled', `targets were normalized (${map.kind}) for training`);
  return g.node('Add', [scaled, shift], 'target.raw');
}

function valueInfo(name: string, float32: boolean, columns: number, doc: string) {
  const elemType = float32 ? onnx.TensorProto.DataType.FLOAT : onnx.TensorProto.DataType.DOUBLE;
  return onnx.ValueInfoProto.create({
    name,
    docString: doc,
    type: {
      tensorType: { elemType, shape: { dim: [{ dimParam: 'batch' }, { dimValue: columns }] } },
    },
  });
}

function metadata(plan: ForwardPlan, version: string): { key: string; value: string }[] {
  const file = plan.file;
  return [
    ...(version ? [{ key: 'neuronlab.version', value: version }] : []),
    { key: 'neuronlab.architecture', value: JSON.stringify(file.architecture) },
    { key: 'neuronlab.recipe', value: JSON.stringify(file.recipe) },
    { key: 'neuronlab.created_by', value: file.createdBy },
    { key: 'neuronlab.normalization', value: JSON.stringify(file.normalization) },
    ...(plan.features ? [{ key: 'neuronlab.features', value: featureList(plan) }] : []),
  ];
}

/** The ONNX model (serialized ModelProto bytes) for a model file (parsed JSON or a ModelFile). */
export function exportOnnx(model: unknown, options: OnnxOptions = {}): Uint8Array {
  const plan = forwardPlan(model);
  const float32 = options.float32 === true;
  const g = new GraphBuilder(float32);
  let h = inputNodes(g, plan.input, featureNodes(g, plan.features, 'x'));
  plan.layers.forEach((layer, i) => {
    h = layerNodes(g, layer, i + 1, h);
  });
  outputNodes(g, plan.output, h);
  // the last node's output is the graph's output: name it y
  g.nodes[g.nodes.length - 1]!.output = ['y'];
  const graph = onnx.GraphProto.create({
    name: 'neuronlab',
    docString: describePlan(plan),
    node: g.nodes,
    initializer: g.initializers,
    input: [
      valueInfo(
        'x',
        float32,
        plan.inputDim,
        plan.features ? 'raw x1, x2, one row per sample' : 'raw inputs, one row per sample',
      ),
    ],
    output: [valueInfo('y', float32, plan.outputDim, 'raw outputs, one row per sample')],
  });
  const proto = onnx.ModelProto.create({
    irVersion: IR_VERSION,
    opsetImport: [{ domain: '', version: ONNX_OPSET }],
    producerName: 'neuronlab',
    producerVersion: options.producerVersion ?? '',
    docString: `A neuronlab model: ${describePlan(plan)}. Input x: raw inputs${plan.features ? ' x1, x2 (the graph makes the features)' : ''}; output y: raw outputs.`,
    graph,
    metadataProps: metadata(plan, options.producerVersion ?? ''),
  });
  return onnx.ModelProto.encode(proto).finish();
}
