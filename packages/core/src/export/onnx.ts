/**
 * A model file as an ONNX model (opset 13), encoded with protobufjs through onnx-proto (code generated from the
 * official onnx.proto). The graph takes raw inputs `x` [batch, inputs] and returns raw targets `y` [batch, outputs]:
 * the input normalization, every dense layer (MatMul, Add, activation) and the target normalization are nodes of it.
 * Float64 by default, so it computes what the engine computes up to the order of the sums inside MatMul; `float32`
 * rounds every constant to float32 for runtimes that want it.
 */
import onnxProto from 'onnx-proto';
import type { ColumnMap, ForwardPlan, PlannedLayer } from './forward-plan.js';
import { describePlan, forwardPlan } from './forward-plan.js';

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

/** The input stage: raw x → what the first layer saw, (x − shift) / scale per column. */
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
      const axis = onnx.AttributeProto.create({ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: -1 });
      return g.node('Softmax', [z], `${p}.softmax`, 'softmax over each row', [axis]);
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
  ];
}

/** The ONNX model (serialized ModelProto bytes) for a model file (parsed JSON or a ModelFile). */
export function exportOnnx(model: unknown, options: OnnxOptions = {}): Uint8Array {
  const plan = forwardPlan(model);
  const float32 = options.float32 === true;
  const g = new GraphBuilder(float32);
  let h = inputNodes(g, plan.input, 'x');
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
    input: [valueInfo('x', float32, plan.inputDim, 'raw inputs, one row per sample')],
    output: [valueInfo('y', float32, plan.outputDim, 'raw outputs, one row per sample')],
  });
  const proto = onnx.ModelProto.create({
    irVersion: IR_VERSION,
    opsetImport: [{ domain: '', version: ONNX_OPSET }],
    producerName: 'neuronlab',
    producerVersion: options.producerVersion ?? '',
    docString: `A neuronlab model: ${describePlan(plan)}. Input x: raw inputs; output y: raw outputs.`,
    graph,
    metadataProps: metadata(plan, options.producerVersion ?? ''),
  });
  return onnx.ModelProto.encode(proto).finish();
}
