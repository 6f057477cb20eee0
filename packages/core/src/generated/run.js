/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const benchline = $root.benchline = (() => {

    /**
     * Namespace benchline.
     * @exports benchline
     * @namespace
     */
    const benchline = {};

    benchline.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof benchline
         * @namespace
         */
        const v1 = {};

        /**
         * TriggerSource enum.
         * @name benchline.v1.TriggerSource
         * @enum {number}
         * @property {number} TRIGGER_SOURCE_UNSPECIFIED=0 TRIGGER_SOURCE_UNSPECIFIED value
         * @property {number} TRIGGER_SOURCE_HTTP=1 TRIGGER_SOURCE_HTTP value
         * @property {number} TRIGGER_SOURCE_SCHEDULE=2 TRIGGER_SOURCE_SCHEDULE value
         * @property {number} TRIGGER_SOURCE_NATS=3 TRIGGER_SOURCE_NATS value
         */
        v1.TriggerSource = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TRIGGER_SOURCE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TRIGGER_SOURCE_HTTP"] = 1;
            values[valuesById[2] = "TRIGGER_SOURCE_SCHEDULE"] = 2;
            values[valuesById[3] = "TRIGGER_SOURCE_NATS"] = 3;
            return values;
        })();

        v1.RunRequest = (function() {

            /**
             * Properties of a RunRequest.
             * @typedef {Object} benchline.v1.RunRequest.$Properties
             * @property {string|null} [runId] RunRequest runId
             * @property {string|null} [suite] RunRequest suite
             * @property {string|null} [ref] RunRequest ref
             * @property {Array.<string>|null} [benchmarks] RunRequest benchmarks
             * @property {Object.<string,string>|null} [parameters] RunRequest parameters
             * @property {string|null} [minion] RunRequest minion
             * @property {Array.<string>|null} [tags] RunRequest tags
             * @property {benchline.v1.TriggerSource|null} [source] RunRequest source
             * @property {string|null} [requestedBy] RunRequest requestedBy
             * @property {string|null} [requestedAt] RunRequest requestedAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunRequest.
             * @memberof benchline.v1
             * @interface IRunRequest
             * @augments benchline.v1.RunRequest.$Properties
             * @deprecated Use benchline.v1.RunRequest.$Properties instead.
             */

            /**
             * Shape of a RunRequest.
             * @typedef {benchline.v1.RunRequest.$Properties} benchline.v1.RunRequest.$Shape
             */

            /**
             * Constructs a new RunRequest.
             * @memberof benchline.v1
             * @classdesc Represents a RunRequest.
             * @constructor
             * @param {benchline.v1.RunRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunRequest = function (properties) {
                this.benchmarks = [];
                this.parameters = {};
                this.tags = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunRequest runId.
             * @member {string} runId
             * @memberof benchline.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.runId = "";

            /**
             * RunRequest suite.
             * @member {string} suite
             * @memberof benchline.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.suite = "";

            /**
             * RunRequest ref.
             * @member {string} ref
             * @memberof benchline.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.ref = "";

            /**
             * RunRequest benchmarks.
             * @member {Array.<string>} benchmarks
             * @memberof benchline.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.benchmarks = $util.emptyArray;

            /**
             * RunRequest parameters.
             * @member {Object.<string,string>} parameters
             * @memberof benchline.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.parameters = $util.emptyObject;

            /**
             * RunRequest minion.
             * @member {string} minion
             * @memberof benchline.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.minion = "";

            /**
             * RunRequest tags.
             * @member {Array.<string>} tags
             * @memberof benchline.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.tags = $util.emptyArray;

            /**
             * RunRequest source.
             * @member {benchline.v1.TriggerSource} source
             * @memberof benchline.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.source = 0;

            /**
             * RunRequest requestedBy.
             * @member {string} requestedBy
             * @memberof benchline.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.requestedBy = "";

            /**
             * RunRequest requestedAt.
             * @member {string} requestedAt
             * @memberof benchline.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.requestedAt = "";

            /**
             * Creates a new RunRequest instance using the specified properties.
             * @function create
             * @memberof benchline.v1.RunRequest
             * @static
             * @param {benchline.v1.RunRequest.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.RunRequest} RunRequest instance
             * @type {{
             *   (properties: benchline.v1.RunRequest.$Shape): benchline.v1.RunRequest & benchline.v1.RunRequest.$Shape;
             *   (properties?: benchline.v1.RunRequest.$Properties): benchline.v1.RunRequest;
             * }}
             */
            RunRequest.create = function(properties) {
                return new RunRequest(properties);
            };

            /**
             * Encodes the specified RunRequest message. Does not implicitly {@link benchline.v1.RunRequest.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.RunRequest
             * @static
             * @param {benchline.v1.RunRequest.$Properties} message RunRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
                if (message.suite != null && $Object.hasOwnProperty.call(message, "suite") && message.suite !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.suite);
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && message.ref !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.ref);
                if (message.benchmarks != null && message.benchmarks.length)
                    for (let i = 0; i < message.benchmarks.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.benchmarks[i]);
                if (message.parameters != null && $Object.hasOwnProperty.call(message, "parameters"))
                    for (let keys = $Object.keys(message.parameters), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.parameters[keys[i]]).ldelim();
                if (message.minion != null && $Object.hasOwnProperty.call(message, "minion") && message.minion !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.minion);
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.tags[i]);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.source);
                if (message.requestedBy != null && $Object.hasOwnProperty.call(message, "requestedBy") && message.requestedBy !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.requestedBy);
                if (message.requestedAt != null && $Object.hasOwnProperty.call(message, "requestedAt") && message.requestedAt !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.requestedAt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RunRequest message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.RunRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.RunRequest & benchline.v1.RunRequest.$Shape} RunRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.RunRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.suite = value;
                            else
                                delete message.suite;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ref = value;
                            else
                                delete message.ref;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.benchmarks && message.benchmarks.length))
                                message.benchmarks = [];
                            message.benchmarks.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (message.parameters === $util.emptyObject)
                                message.parameters = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.parameters, key);
                            message.parameters[key] = value;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.minion = value;
                            else
                                delete message.minion;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tags && message.tags.length))
                                message.tags = [];
                            message.tags.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestedBy = value;
                            else
                                delete message.requestedBy;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestedAt = value;
                            else
                                delete message.requestedAt;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RunRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.RunRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.RunRequest} RunRequest
             */
            RunRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.RunRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.RunRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.RunRequest();
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.suite != null)
                    if (typeof object.suite !== "string" || object.suite.length)
                        message.suite = $String(object.suite);
                if (object.ref != null)
                    if (typeof object.ref !== "string" || object.ref.length)
                        message.ref = $String(object.ref);
                if (object.benchmarks) {
                    if (!$Array.isArray(object.benchmarks))
                        throw $TypeError(".benchline.v1.RunRequest.benchmarks: array expected");
                    message.benchmarks = $Array(object.benchmarks.length);
                    for (let i = 0; i < object.benchmarks.length; ++i)
                        message.benchmarks[i] = $String(object.benchmarks[i]);
                }
                if (object.parameters) {
                    if (!$util.isObject(object.parameters))
                        throw $TypeError(".benchline.v1.RunRequest.parameters: object expected");
                    message.parameters = {};
                    for (let keys = $Object.keys(object.parameters), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.parameters, keys[i]);
                        message.parameters[keys[i]] = $String(object.parameters[keys[i]]);
                    }
                }
                if (object.minion != null)
                    if (typeof object.minion !== "string" || object.minion.length)
                        message.minion = $String(object.minion);
                if (object.tags) {
                    if (!$Array.isArray(object.tags))
                        throw $TypeError(".benchline.v1.RunRequest.tags: array expected");
                    message.tags = $Array(object.tags.length);
                    for (let i = 0; i < object.tags.length; ++i)
                        message.tags[i] = $String(object.tags[i]);
                }
                if (object.source !== 0 && (typeof object.source !== "string" || $root.benchline.v1.TriggerSource[object.source] !== 0))
                    switch (object.source) {
                    case "TRIGGER_SOURCE_UNSPECIFIED":
                    case 0:
                        message.source = 0;
                        break;
                    case "TRIGGER_SOURCE_HTTP":
                    case 1:
                        message.source = 1;
                        break;
                    case "TRIGGER_SOURCE_SCHEDULE":
                    case 2:
                        message.source = 2;
                        break;
                    case "TRIGGER_SOURCE_NATS":
                    case 3:
                        message.source = 3;
                        break;
                    default:
                        if (typeof object.source === "number" && (object.source | 0) === object.source)
                            message.source = object.source;
                    }
                if (object.requestedBy != null)
                    if (typeof object.requestedBy !== "string" || object.requestedBy.length)
                        message.requestedBy = $String(object.requestedBy);
                if (object.requestedAt != null)
                    if (typeof object.requestedAt !== "string" || object.requestedAt.length)
                        message.requestedAt = $String(object.requestedAt);
                return message;
            };

            /**
             * Creates a plain object from a RunRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.RunRequest
             * @static
             * @param {benchline.v1.RunRequest} message RunRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.benchmarks = [];
                    object.tags = [];
                }
                if (options.objects || options.defaults)
                    object.parameters = {};
                if (options.defaults) {
                    object.runId = "";
                    object.suite = "";
                    object.ref = "";
                    object.minion = "";
                    object.source = options.enums === $String ? "TRIGGER_SOURCE_UNSPECIFIED" : 0;
                    object.requestedBy = "";
                    object.requestedAt = "";
                }
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.suite != null && $Object.hasOwnProperty.call(message, "suite"))
                    object.suite = message.suite;
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                    object.ref = message.ref;
                if (message.benchmarks && message.benchmarks.length) {
                    object.benchmarks = $Array(message.benchmarks.length);
                    for (let j = 0; j < message.benchmarks.length; ++j)
                        object.benchmarks[j] = message.benchmarks[j];
                }
                let keys2;
                if (message.parameters && (keys2 = $Object.keys(message.parameters)).length) {
                    object.parameters = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.parameters, keys2[j]);
                        object.parameters[keys2[j]] = message.parameters[keys2[j]];
                    }
                }
                if (message.minion != null && $Object.hasOwnProperty.call(message, "minion"))
                    object.minion = message.minion;
                if (message.tags && message.tags.length) {
                    object.tags = $Array(message.tags.length);
                    for (let j = 0; j < message.tags.length; ++j)
                        object.tags[j] = message.tags[j];
                }
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = options.enums === $String ? $root.benchline.v1.TriggerSource[message.source] === $undefined ? message.source : $root.benchline.v1.TriggerSource[message.source] : message.source;
                if (message.requestedBy != null && $Object.hasOwnProperty.call(message, "requestedBy"))
                    object.requestedBy = message.requestedBy;
                if (message.requestedAt != null && $Object.hasOwnProperty.call(message, "requestedAt"))
                    object.requestedAt = message.requestedAt;
                return object;
            };

            /**
             * Converts this RunRequest to JSON.
             * @function toJSON
             * @memberof benchline.v1.RunRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunRequest.prototype.toJSON = function() {
                return RunRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RunRequest;
        })();

        v1.RunRequested = (function() {

            /**
             * Properties of a RunRequested.
             * @typedef {Object} benchline.v1.RunRequested.$Properties
             * @property {benchline.v1.RunRequest.$Properties|null} [request] RunRequested request
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunRequested.
             * @memberof benchline.v1
             * @interface IRunRequested
             * @augments benchline.v1.RunRequested.$Properties
             * @deprecated Use benchline.v1.RunRequested.$Properties instead.
             */

            /**
             * Shape of a RunRequested.
             * @typedef {benchline.v1.RunRequested.$Properties} benchline.v1.RunRequested.$Shape
             */

            /**
             * Constructs a new RunRequested.
             * @memberof benchline.v1
             * @classdesc Represents a RunRequested.
             * @constructor
             * @param {benchline.v1.RunRequested.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunRequested = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunRequested request.
             * @member {benchline.v1.RunRequest.$Properties|null|undefined} request
             * @memberof benchline.v1.RunRequested
             * @instance
             */
            RunRequested.prototype.request = null;

            /**
             * Creates a new RunRequested instance using the specified properties.
             * @function create
             * @memberof benchline.v1.RunRequested
             * @static
             * @param {benchline.v1.RunRequested.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.RunRequested} RunRequested instance
             * @type {{
             *   (properties: benchline.v1.RunRequested.$Shape): benchline.v1.RunRequested & benchline.v1.RunRequested.$Shape;
             *   (properties?: benchline.v1.RunRequested.$Properties): benchline.v1.RunRequested;
             * }}
             */
            RunRequested.create = function(properties) {
                return new RunRequested(properties);
            };

            /**
             * Encodes the specified RunRequested message. Does not implicitly {@link benchline.v1.RunRequested.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.RunRequested
             * @static
             * @param {benchline.v1.RunRequested.$Properties} message RunRequested message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunRequested.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                    $root.benchline.v1.RunRequest.encode(message.request, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RunRequested message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.RunRequested
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.RunRequested & benchline.v1.RunRequested.$Shape} RunRequested
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunRequested.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.RunRequested();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.request = $root.benchline.v1.RunRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.request);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RunRequested message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.RunRequested
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.RunRequested} RunRequested
             */
            RunRequested.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.RunRequested)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.RunRequested: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.RunRequested();
                if (object.request != null) {
                    if (!$util.isObject(object.request))
                        throw $TypeError(".benchline.v1.RunRequested.request: object expected");
                    message.request = $root.benchline.v1.RunRequest.fromObject(object.request, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a RunRequested message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.RunRequested
             * @static
             * @param {benchline.v1.RunRequested} message RunRequested
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunRequested.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.request = null;
                if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                    object.request = $root.benchline.v1.RunRequest.toObject(message.request, options, _depth + 1);
                return object;
            };

            /**
             * Converts this RunRequested to JSON.
             * @function toJSON
             * @memberof benchline.v1.RunRequested
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunRequested.prototype.toJSON = function() {
                return RunRequested.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RunRequested;
        })();

        v1.HostFacts = (function() {

            /**
             * Properties of a HostFacts.
             * @typedef {Object} benchline.v1.HostFacts.$Properties
             * @property {string|null} [cpuModel] HostFacts cpuModel
             * @property {number|null} [cores] HostFacts cores
             * @property {string|null} [kernel] HostFacts kernel
             * @property {number|null} [memoryMb] HostFacts memoryMb
             * @property {string|null} [os] HostFacts os
             * @property {string|null} [governor] HostFacts governor
             * @property {string|null} [hostname] HostFacts hostname
             * @property {string|null} [microcode] HostFacts microcode
             * @property {Object.<string,string>|null} [packages] HostFacts packages
             * @property {Array.<benchline.v1.TuningSetting.$Properties>|null} [tuning] HostFacts tuning
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HostFacts.
             * @memberof benchline.v1
             * @interface IHostFacts
             * @augments benchline.v1.HostFacts.$Properties
             * @deprecated Use benchline.v1.HostFacts.$Properties instead.
             */

            /**
             * Shape of a HostFacts.
             * @typedef {benchline.v1.HostFacts.$Properties} benchline.v1.HostFacts.$Shape
             */

            /**
             * Constructs a new HostFacts.
             * @memberof benchline.v1
             * @classdesc Represents a HostFacts.
             * @constructor
             * @param {benchline.v1.HostFacts.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HostFacts = function (properties) {
                this.packages = {};
                this.tuning = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HostFacts cpuModel.
             * @member {string} cpuModel
             * @memberof benchline.v1.HostFacts
             * @instance
             */
            HostFacts.prototype.cpuModel = "";

            /**
             * HostFacts cores.
             * @member {number} cores
             * @memberof benchline.v1.HostFacts
             * @instance
             */
            HostFacts.prototype.cores = 0;

            /**
             * HostFacts kernel.
             * @member {string} kernel
             * @memberof benchline.v1.HostFacts
             * @instance
             */
            HostFacts.prototype.kernel = "";

            /**
             * HostFacts memoryMb.
             * @member {number} memoryMb
             * @memberof benchline.v1.HostFacts
             * @instance
             */
            HostFacts.prototype.memoryMb = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HostFacts os.
             * @member {string} os
             * @memberof benchline.v1.HostFacts
             * @instance
             */
            HostFacts.prototype.os = "";

            /**
             * HostFacts governor.
             * @member {string} governor
             * @memberof benchline.v1.HostFacts
             * @instance
             */
            HostFacts.prototype.governor = "";

            /**
             * HostFacts hostname.
             * @member {string} hostname
             * @memberof benchline.v1.HostFacts
             * @instance
             */
            HostFacts.prototype.hostname = "";

            /**
             * HostFacts microcode.
             * @member {string} microcode
             * @memberof benchline.v1.HostFacts
             * @instance
             */
            HostFacts.prototype.microcode = "";

            /**
             * HostFacts packages.
             * @member {Object.<string,string>} packages
             * @memberof benchline.v1.HostFacts
             * @instance
             */
            HostFacts.prototype.packages = $util.emptyObject;

            /**
             * HostFacts tuning.
             * @member {Array.<benchline.v1.TuningSetting.$Properties>} tuning
             * @memberof benchline.v1.HostFacts
             * @instance
             */
            HostFacts.prototype.tuning = $util.emptyArray;

            /**
             * Creates a new HostFacts instance using the specified properties.
             * @function create
             * @memberof benchline.v1.HostFacts
             * @static
             * @param {benchline.v1.HostFacts.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.HostFacts} HostFacts instance
             * @type {{
             *   (properties: benchline.v1.HostFacts.$Shape): benchline.v1.HostFacts & benchline.v1.HostFacts.$Shape;
             *   (properties?: benchline.v1.HostFacts.$Properties): benchline.v1.HostFacts;
             * }}
             */
            HostFacts.create = function(properties) {
                return new HostFacts(properties);
            };

            /**
             * Encodes the specified HostFacts message. Does not implicitly {@link benchline.v1.HostFacts.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.HostFacts
             * @static
             * @param {benchline.v1.HostFacts.$Properties} message HostFacts message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostFacts.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cpuModel != null && $Object.hasOwnProperty.call(message, "cpuModel") && message.cpuModel !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.cpuModel);
                if (message.cores != null && $Object.hasOwnProperty.call(message, "cores") && message.cores !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.cores);
                if (message.kernel != null && $Object.hasOwnProperty.call(message, "kernel") && message.kernel !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.kernel);
                if (message.memoryMb != null && $Object.hasOwnProperty.call(message, "memoryMb") && (typeof message.memoryMb === "object" ? message.memoryMb.low || message.memoryMb.high : message.memoryMb !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.memoryMb);
                if (message.os != null && $Object.hasOwnProperty.call(message, "os") && message.os !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.os);
                if (message.governor != null && $Object.hasOwnProperty.call(message, "governor") && message.governor !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.governor);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.hostname);
                if (message.microcode != null && $Object.hasOwnProperty.call(message, "microcode") && message.microcode !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.microcode);
                if (message.packages != null && $Object.hasOwnProperty.call(message, "packages"))
                    for (let keys = $Object.keys(message.packages), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.packages[keys[i]]).ldelim();
                if (message.tuning != null && message.tuning.length)
                    for (let i = 0; i < message.tuning.length; ++i)
                        $root.benchline.v1.TuningSetting.encode(message.tuning[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HostFacts message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.HostFacts
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.HostFacts & benchline.v1.HostFacts.$Shape} HostFacts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostFacts.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.HostFacts();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cpuModel = value;
                            else
                                delete message.cpuModel;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.cores = value;
                            else
                                delete message.cores;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kernel = value;
                            else
                                delete message.kernel;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryMb = value;
                            else
                                delete message.memoryMb;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.os = value;
                            else
                                delete message.os;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.governor = value;
                            else
                                delete message.governor;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.microcode = value;
                            else
                                delete message.microcode;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (message.packages === $util.emptyObject)
                                message.packages = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.packages, key);
                            message.packages[key] = value;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tuning && message.tuning.length))
                                message.tuning = [];
                            message.tuning.push($root.benchline.v1.TuningSetting.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a HostFacts message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.HostFacts
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.HostFacts} HostFacts
             */
            HostFacts.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.HostFacts)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.HostFacts: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.HostFacts();
                if (object.cpuModel != null)
                    if (typeof object.cpuModel !== "string" || object.cpuModel.length)
                        message.cpuModel = $String(object.cpuModel);
                if (object.cores != null)
                    if ($Number(object.cores) !== 0)
                        message.cores = object.cores >>> 0;
                if (object.kernel != null)
                    if (typeof object.kernel !== "string" || object.kernel.length)
                        message.kernel = $String(object.kernel);
                if (object.memoryMb != null)
                    if (typeof object.memoryMb === "object" ? object.memoryMb.low || object.memoryMb.high : $Number(object.memoryMb) !== 0)
                        if ($util.Long)
                            message.memoryMb = $util.Long.fromValue(object.memoryMb, true);
                        else if (typeof object.memoryMb === "string")
                            message.memoryMb = $parseInt(object.memoryMb, 10);
                        else if (typeof object.memoryMb === "number")
                            message.memoryMb = object.memoryMb;
                        else if (typeof object.memoryMb === "object")
                            message.memoryMb = new $util.LongBits(object.memoryMb.low >>> 0, object.memoryMb.high >>> 0).toNumber(true);
                if (object.os != null)
                    if (typeof object.os !== "string" || object.os.length)
                        message.os = $String(object.os);
                if (object.governor != null)
                    if (typeof object.governor !== "string" || object.governor.length)
                        message.governor = $String(object.governor);
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.microcode != null)
                    if (typeof object.microcode !== "string" || object.microcode.length)
                        message.microcode = $String(object.microcode);
                if (object.packages) {
                    if (!$util.isObject(object.packages))
                        throw $TypeError(".benchline.v1.HostFacts.packages: object expected");
                    message.packages = {};
                    for (let keys = $Object.keys(object.packages), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.packages, keys[i]);
                        message.packages[keys[i]] = $String(object.packages[keys[i]]);
                    }
                }
                if (object.tuning) {
                    if (!$Array.isArray(object.tuning))
                        throw $TypeError(".benchline.v1.HostFacts.tuning: array expected");
                    message.tuning = $Array(object.tuning.length);
                    for (let i = 0; i < object.tuning.length; ++i) {
                        if (!$util.isObject(object.tuning[i]))
                            throw $TypeError(".benchline.v1.HostFacts.tuning: object expected");
                        message.tuning[i] = $root.benchline.v1.TuningSetting.fromObject(object.tuning[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a HostFacts message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.HostFacts
             * @static
             * @param {benchline.v1.HostFacts} message HostFacts
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HostFacts.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.tuning = [];
                if (options.objects || options.defaults)
                    object.packages = {};
                if (options.defaults) {
                    object.cpuModel = "";
                    object.cores = 0;
                    object.kernel = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryMb = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryMb = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.os = "";
                    object.governor = "";
                    object.hostname = "";
                    object.microcode = "";
                }
                if (message.cpuModel != null && $Object.hasOwnProperty.call(message, "cpuModel"))
                    object.cpuModel = message.cpuModel;
                if (message.cores != null && $Object.hasOwnProperty.call(message, "cores"))
                    object.cores = message.cores;
                if (message.kernel != null && $Object.hasOwnProperty.call(message, "kernel"))
                    object.kernel = message.kernel;
                if (message.memoryMb != null && $Object.hasOwnProperty.call(message, "memoryMb"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryMb = typeof message.memoryMb === "number" ? $BigInt(message.memoryMb) : $util.Long.fromBits(message.memoryMb.low >>> 0, message.memoryMb.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryMb === "number")
                        object.memoryMb = options.longs === $String ? $String(message.memoryMb) : message.memoryMb;
                    else
                        object.memoryMb = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryMb) : options.longs === $Number ? new $util.LongBits(message.memoryMb.low >>> 0, message.memoryMb.high >>> 0).toNumber(true) : message.memoryMb;
                if (message.os != null && $Object.hasOwnProperty.call(message, "os"))
                    object.os = message.os;
                if (message.governor != null && $Object.hasOwnProperty.call(message, "governor"))
                    object.governor = message.governor;
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.microcode != null && $Object.hasOwnProperty.call(message, "microcode"))
                    object.microcode = message.microcode;
                let keys2;
                if (message.packages && (keys2 = $Object.keys(message.packages)).length) {
                    object.packages = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.packages, keys2[j]);
                        object.packages[keys2[j]] = message.packages[keys2[j]];
                    }
                }
                if (message.tuning && message.tuning.length) {
                    object.tuning = $Array(message.tuning.length);
                    for (let j = 0; j < message.tuning.length; ++j)
                        object.tuning[j] = $root.benchline.v1.TuningSetting.toObject(message.tuning[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this HostFacts to JSON.
             * @function toJSON
             * @memberof benchline.v1.HostFacts
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HostFacts.prototype.toJSON = function() {
                return HostFacts.toObject(this, $protobuf.util.toJSONOptions);
            };

            return HostFacts;
        })();

        /**
         * TuningState enum.
         * @name benchline.v1.TuningState
         * @enum {number}
         * @property {number} TUNING_STATE_UNSPECIFIED=0 TUNING_STATE_UNSPECIFIED value
         * @property {number} TUNING_STATE_APPLIED=1 TUNING_STATE_APPLIED value
         * @property {number} TUNING_STATE_UNAVAILABLE=2 TUNING_STATE_UNAVAILABLE value
         */
        v1.TuningState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TUNING_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TUNING_STATE_APPLIED"] = 1;
            values[valuesById[2] = "TUNING_STATE_UNAVAILABLE"] = 2;
            return values;
        })();

        v1.TuningSetting = (function() {

            /**
             * Properties of a TuningSetting.
             * @typedef {Object} benchline.v1.TuningSetting.$Properties
             * @property {string|null} [name] TuningSetting name
             * @property {benchline.v1.TuningState|null} [state] TuningSetting state
             * @property {string|null} [value] TuningSetting value
             * @property {string|null} [detail] TuningSetting detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TuningSetting.
             * @memberof benchline.v1
             * @interface ITuningSetting
             * @augments benchline.v1.TuningSetting.$Properties
             * @deprecated Use benchline.v1.TuningSetting.$Properties instead.
             */

            /**
             * Shape of a TuningSetting.
             * @typedef {benchline.v1.TuningSetting.$Properties} benchline.v1.TuningSetting.$Shape
             */

            /**
             * Constructs a new TuningSetting.
             * @memberof benchline.v1
             * @classdesc Represents a TuningSetting.
             * @constructor
             * @param {benchline.v1.TuningSetting.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TuningSetting = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TuningSetting name.
             * @member {string} name
             * @memberof benchline.v1.TuningSetting
             * @instance
             */
            TuningSetting.prototype.name = "";

            /**
             * TuningSetting state.
             * @member {benchline.v1.TuningState} state
             * @memberof benchline.v1.TuningSetting
             * @instance
             */
            TuningSetting.prototype.state = 0;

            /**
             * TuningSetting value.
             * @member {string} value
             * @memberof benchline.v1.TuningSetting
             * @instance
             */
            TuningSetting.prototype.value = "";

            /**
             * TuningSetting detail.
             * @member {string} detail
             * @memberof benchline.v1.TuningSetting
             * @instance
             */
            TuningSetting.prototype.detail = "";

            /**
             * Creates a new TuningSetting instance using the specified properties.
             * @function create
             * @memberof benchline.v1.TuningSetting
             * @static
             * @param {benchline.v1.TuningSetting.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.TuningSetting} TuningSetting instance
             * @type {{
             *   (properties: benchline.v1.TuningSetting.$Shape): benchline.v1.TuningSetting & benchline.v1.TuningSetting.$Shape;
             *   (properties?: benchline.v1.TuningSetting.$Properties): benchline.v1.TuningSetting;
             * }}
             */
            TuningSetting.create = function(properties) {
                return new TuningSetting(properties);
            };

            /**
             * Encodes the specified TuningSetting message. Does not implicitly {@link benchline.v1.TuningSetting.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.TuningSetting
             * @static
             * @param {benchline.v1.TuningSetting.$Properties} message TuningSetting message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TuningSetting.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.state);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.value);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.detail);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TuningSetting message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.TuningSetting
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.TuningSetting & benchline.v1.TuningSetting.$Shape} TuningSetting
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TuningSetting.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.TuningSetting();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a TuningSetting message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.TuningSetting
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.TuningSetting} TuningSetting
             */
            TuningSetting.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.TuningSetting)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.TuningSetting: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.TuningSetting();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.state !== 0 && (typeof object.state !== "string" || $root.benchline.v1.TuningState[object.state] !== 0))
                    switch (object.state) {
                    case "TUNING_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "TUNING_STATE_APPLIED":
                    case 1:
                        message.state = 1;
                        break;
                    case "TUNING_STATE_UNAVAILABLE":
                    case 2:
                        message.state = 2;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                if (object.detail != null)
                    if (typeof object.detail !== "string" || object.detail.length)
                        message.detail = $String(object.detail);
                return message;
            };

            /**
             * Creates a plain object from a TuningSetting message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.TuningSetting
             * @static
             * @param {benchline.v1.TuningSetting} message TuningSetting
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TuningSetting.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.state = options.enums === $String ? "TUNING_STATE_UNSPECIFIED" : 0;
                    object.value = "";
                    object.detail = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.benchline.v1.TuningState[message.state] === $undefined ? message.state : $root.benchline.v1.TuningState[message.state] : message.state;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    object.detail = message.detail;
                return object;
            };

            /**
             * Converts this TuningSetting to JSON.
             * @function toJSON
             * @memberof benchline.v1.TuningSetting
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TuningSetting.prototype.toJSON = function() {
                return TuningSetting.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TuningSetting;
        })();

        v1.TaskCounts = (function() {

            /**
             * Properties of a TaskCounts.
             * @typedef {Object} benchline.v1.TaskCounts.$Properties
             * @property {number|null} [ok] TaskCounts ok
             * @property {number|null} [changed] TaskCounts changed
             * @property {number|null} [failed] TaskCounts failed
             * @property {number|null} [skipped] TaskCounts skipped
             * @property {number|null} [unreachable] TaskCounts unreachable
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskCounts.
             * @memberof benchline.v1
             * @interface ITaskCounts
             * @augments benchline.v1.TaskCounts.$Properties
             * @deprecated Use benchline.v1.TaskCounts.$Properties instead.
             */

            /**
             * Shape of a TaskCounts.
             * @typedef {benchline.v1.TaskCounts.$Properties} benchline.v1.TaskCounts.$Shape
             */

            /**
             * Constructs a new TaskCounts.
             * @memberof benchline.v1
             * @classdesc Represents a TaskCounts.
             * @constructor
             * @param {benchline.v1.TaskCounts.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskCounts = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskCounts ok.
             * @member {number} ok
             * @memberof benchline.v1.TaskCounts
             * @instance
             */
            TaskCounts.prototype.ok = 0;

            /**
             * TaskCounts changed.
             * @member {number} changed
             * @memberof benchline.v1.TaskCounts
             * @instance
             */
            TaskCounts.prototype.changed = 0;

            /**
             * TaskCounts failed.
             * @member {number} failed
             * @memberof benchline.v1.TaskCounts
             * @instance
             */
            TaskCounts.prototype.failed = 0;

            /**
             * TaskCounts skipped.
             * @member {number} skipped
             * @memberof benchline.v1.TaskCounts
             * @instance
             */
            TaskCounts.prototype.skipped = 0;

            /**
             * TaskCounts unreachable.
             * @member {number} unreachable
             * @memberof benchline.v1.TaskCounts
             * @instance
             */
            TaskCounts.prototype.unreachable = 0;

            /**
             * Creates a new TaskCounts instance using the specified properties.
             * @function create
             * @memberof benchline.v1.TaskCounts
             * @static
             * @param {benchline.v1.TaskCounts.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.TaskCounts} TaskCounts instance
             * @type {{
             *   (properties: benchline.v1.TaskCounts.$Shape): benchline.v1.TaskCounts & benchline.v1.TaskCounts.$Shape;
             *   (properties?: benchline.v1.TaskCounts.$Properties): benchline.v1.TaskCounts;
             * }}
             */
            TaskCounts.create = function(properties) {
                return new TaskCounts(properties);
            };

            /**
             * Encodes the specified TaskCounts message. Does not implicitly {@link benchline.v1.TaskCounts.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.TaskCounts
             * @static
             * @param {benchline.v1.TaskCounts.$Properties} message TaskCounts message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskCounts.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.ok);
                if (message.changed != null && $Object.hasOwnProperty.call(message, "changed") && message.changed !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.changed);
                if (message.failed != null && $Object.hasOwnProperty.call(message, "failed") && message.failed !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.failed);
                if (message.skipped != null && $Object.hasOwnProperty.call(message, "skipped") && message.skipped !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.skipped);
                if (message.unreachable != null && $Object.hasOwnProperty.call(message, "unreachable") && message.unreachable !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.unreachable);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskCounts message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.TaskCounts
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.TaskCounts & benchline.v1.TaskCounts.$Shape} TaskCounts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskCounts.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.TaskCounts();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ok = value;
                            else
                                delete message.ok;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.changed = value;
                            else
                                delete message.changed;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.failed = value;
                            else
                                delete message.failed;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.skipped = value;
                            else
                                delete message.skipped;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.unreachable = value;
                            else
                                delete message.unreachable;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a TaskCounts message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.TaskCounts
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.TaskCounts} TaskCounts
             */
            TaskCounts.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.TaskCounts)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.TaskCounts: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.TaskCounts();
                if (object.ok != null)
                    if ($Number(object.ok) !== 0)
                        message.ok = object.ok >>> 0;
                if (object.changed != null)
                    if ($Number(object.changed) !== 0)
                        message.changed = object.changed >>> 0;
                if (object.failed != null)
                    if ($Number(object.failed) !== 0)
                        message.failed = object.failed >>> 0;
                if (object.skipped != null)
                    if ($Number(object.skipped) !== 0)
                        message.skipped = object.skipped >>> 0;
                if (object.unreachable != null)
                    if ($Number(object.unreachable) !== 0)
                        message.unreachable = object.unreachable >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a TaskCounts message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.TaskCounts
             * @static
             * @param {benchline.v1.TaskCounts} message TaskCounts
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskCounts.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.ok = 0;
                    object.changed = 0;
                    object.failed = 0;
                    object.skipped = 0;
                    object.unreachable = 0;
                }
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    object.ok = message.ok;
                if (message.changed != null && $Object.hasOwnProperty.call(message, "changed"))
                    object.changed = message.changed;
                if (message.failed != null && $Object.hasOwnProperty.call(message, "failed"))
                    object.failed = message.failed;
                if (message.skipped != null && $Object.hasOwnProperty.call(message, "skipped"))
                    object.skipped = message.skipped;
                if (message.unreachable != null && $Object.hasOwnProperty.call(message, "unreachable"))
                    object.unreachable = message.unreachable;
                return object;
            };

            /**
             * Converts this TaskCounts to JSON.
             * @function toJSON
             * @memberof benchline.v1.TaskCounts
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskCounts.prototype.toJSON = function() {
                return TaskCounts.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TaskCounts;
        })();

        v1.Artifact = (function() {

            /**
             * Properties of an Artifact.
             * @typedef {Object} benchline.v1.Artifact.$Properties
             * @property {string|null} [object] Artifact object
             * @property {string|null} [path] Artifact path
             * @property {number|null} [size] Artifact size
             * @property {string|null} [sha256] Artifact sha256
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Artifact.
             * @memberof benchline.v1
             * @interface IArtifact
             * @augments benchline.v1.Artifact.$Properties
             * @deprecated Use benchline.v1.Artifact.$Properties instead.
             */

            /**
             * Shape of an Artifact.
             * @typedef {benchline.v1.Artifact.$Properties} benchline.v1.Artifact.$Shape
             */

            /**
             * Constructs a new Artifact.
             * @memberof benchline.v1
             * @classdesc Represents an Artifact.
             * @constructor
             * @param {benchline.v1.Artifact.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Artifact = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Artifact object.
             * @member {string} object
             * @memberof benchline.v1.Artifact
             * @instance
             */
            Artifact.prototype.object = "";

            /**
             * Artifact path.
             * @member {string} path
             * @memberof benchline.v1.Artifact
             * @instance
             */
            Artifact.prototype.path = "";

            /**
             * Artifact size.
             * @member {number} size
             * @memberof benchline.v1.Artifact
             * @instance
             */
            Artifact.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Artifact sha256.
             * @member {string} sha256
             * @memberof benchline.v1.Artifact
             * @instance
             */
            Artifact.prototype.sha256 = "";

            /**
             * Creates a new Artifact instance using the specified properties.
             * @function create
             * @memberof benchline.v1.Artifact
             * @static
             * @param {benchline.v1.Artifact.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.Artifact} Artifact instance
             * @type {{
             *   (properties: benchline.v1.Artifact.$Shape): benchline.v1.Artifact & benchline.v1.Artifact.$Shape;
             *   (properties?: benchline.v1.Artifact.$Properties): benchline.v1.Artifact;
             * }}
             */
            Artifact.create = function(properties) {
                return new Artifact(properties);
            };

            /**
             * Encodes the specified Artifact message. Does not implicitly {@link benchline.v1.Artifact.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.Artifact
             * @static
             * @param {benchline.v1.Artifact.$Properties} message Artifact message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Artifact.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.object != null && $Object.hasOwnProperty.call(message, "object") && message.object !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.object);
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.path);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.size);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.sha256);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Artifact message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.Artifact
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.Artifact & benchline.v1.Artifact.$Shape} Artifact
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Artifact.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.Artifact();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.object = value;
                            else
                                delete message.object;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Artifact message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.Artifact
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.Artifact} Artifact
             */
            Artifact.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.Artifact)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.Artifact: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.Artifact();
                if (object.object != null)
                    if (typeof object.object !== "string" || object.object.length)
                        message.object = $String(object.object);
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.size != null)
                    if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                        if ($util.Long)
                            message.size = $util.Long.fromValue(object.size, true);
                        else if (typeof object.size === "string")
                            message.size = $parseInt(object.size, 10);
                        else if (typeof object.size === "number")
                            message.size = object.size;
                        else if (typeof object.size === "object")
                            message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
                if (object.sha256 != null)
                    if (typeof object.sha256 !== "string" || object.sha256.length)
                        message.sha256 = $String(object.sha256);
                return message;
            };

            /**
             * Creates a plain object from an Artifact message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.Artifact
             * @static
             * @param {benchline.v1.Artifact} message Artifact
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Artifact.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.object = "";
                    object.path = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.sha256 = "";
                }
                if (message.object != null && $Object.hasOwnProperty.call(message, "object"))
                    object.object = message.object;
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === $String ? $String(message.size) : message.size;
                    else
                        object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                return object;
            };

            /**
             * Converts this Artifact to JSON.
             * @function toJSON
             * @memberof benchline.v1.Artifact
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Artifact.prototype.toJSON = function() {
                return Artifact.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Artifact;
        })();

        v1.CommitOrder = (function() {

            /**
             * Properties of a CommitOrder.
             * @typedef {Object} benchline.v1.CommitOrder.$Properties
             * @property {string|null} [defaultBranch] CommitOrder defaultBranch
             * @property {number|null} [position] CommitOrder position
             * @property {boolean|null} [onDefaultBranch] CommitOrder onDefaultBranch
             * @property {string|null} [mergeBase] CommitOrder mergeBase
             * @property {string|null} [commitTime] CommitOrder commitTime
             * @property {string|null} [subject] CommitOrder subject
             * @property {string|null} [author] CommitOrder author
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommitOrder.
             * @memberof benchline.v1
             * @interface ICommitOrder
             * @augments benchline.v1.CommitOrder.$Properties
             * @deprecated Use benchline.v1.CommitOrder.$Properties instead.
             */

            /**
             * Shape of a CommitOrder.
             * @typedef {benchline.v1.CommitOrder.$Properties} benchline.v1.CommitOrder.$Shape
             */

            /**
             * Constructs a new CommitOrder.
             * @memberof benchline.v1
             * @classdesc Represents a CommitOrder.
             * @constructor
             * @param {benchline.v1.CommitOrder.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommitOrder = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CommitOrder defaultBranch.
             * @member {string} defaultBranch
             * @memberof benchline.v1.CommitOrder
             * @instance
             */
            CommitOrder.prototype.defaultBranch = "";

            /**
             * CommitOrder position.
             * @member {number} position
             * @memberof benchline.v1.CommitOrder
             * @instance
             */
            CommitOrder.prototype.position = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CommitOrder onDefaultBranch.
             * @member {boolean} onDefaultBranch
             * @memberof benchline.v1.CommitOrder
             * @instance
             */
            CommitOrder.prototype.onDefaultBranch = false;

            /**
             * CommitOrder mergeBase.
             * @member {string} mergeBase
             * @memberof benchline.v1.CommitOrder
             * @instance
             */
            CommitOrder.prototype.mergeBase = "";

            /**
             * CommitOrder commitTime.
             * @member {string} commitTime
             * @memberof benchline.v1.CommitOrder
             * @instance
             */
            CommitOrder.prototype.commitTime = "";

            /**
             * CommitOrder subject.
             * @member {string} subject
             * @memberof benchline.v1.CommitOrder
             * @instance
             */
            CommitOrder.prototype.subject = "";

            /**
             * CommitOrder author.
             * @member {string} author
             * @memberof benchline.v1.CommitOrder
             * @instance
             */
            CommitOrder.prototype.author = "";

            /**
             * Creates a new CommitOrder instance using the specified properties.
             * @function create
             * @memberof benchline.v1.CommitOrder
             * @static
             * @param {benchline.v1.CommitOrder.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.CommitOrder} CommitOrder instance
             * @type {{
             *   (properties: benchline.v1.CommitOrder.$Shape): benchline.v1.CommitOrder & benchline.v1.CommitOrder.$Shape;
             *   (properties?: benchline.v1.CommitOrder.$Properties): benchline.v1.CommitOrder;
             * }}
             */
            CommitOrder.create = function(properties) {
                return new CommitOrder(properties);
            };

            /**
             * Encodes the specified CommitOrder message. Does not implicitly {@link benchline.v1.CommitOrder.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.CommitOrder
             * @static
             * @param {benchline.v1.CommitOrder.$Properties} message CommitOrder message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommitOrder.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.defaultBranch != null && $Object.hasOwnProperty.call(message, "defaultBranch") && message.defaultBranch !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.defaultBranch);
                if (message.position != null && $Object.hasOwnProperty.call(message, "position") && (typeof message.position === "object" ? message.position.low || message.position.high : message.position !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.position);
                if (message.onDefaultBranch != null && $Object.hasOwnProperty.call(message, "onDefaultBranch") && message.onDefaultBranch !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.onDefaultBranch);
                if (message.mergeBase != null && $Object.hasOwnProperty.call(message, "mergeBase") && message.mergeBase !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.mergeBase);
                if (message.commitTime != null && $Object.hasOwnProperty.call(message, "commitTime") && message.commitTime !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.commitTime);
                if (message.subject != null && $Object.hasOwnProperty.call(message, "subject") && message.subject !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.subject);
                if (message.author != null && $Object.hasOwnProperty.call(message, "author") && message.author !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.author);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CommitOrder message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.CommitOrder
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.CommitOrder & benchline.v1.CommitOrder.$Shape} CommitOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommitOrder.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.CommitOrder();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.defaultBranch = value;
                            else
                                delete message.defaultBranch;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.position = value;
                            else
                                delete message.position;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.onDefaultBranch = value;
                            else
                                delete message.onDefaultBranch;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mergeBase = value;
                            else
                                delete message.mergeBase;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.commitTime = value;
                            else
                                delete message.commitTime;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subject = value;
                            else
                                delete message.subject;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.author = value;
                            else
                                delete message.author;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a CommitOrder message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.CommitOrder
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.CommitOrder} CommitOrder
             */
            CommitOrder.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.CommitOrder)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.CommitOrder: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.CommitOrder();
                if (object.defaultBranch != null)
                    if (typeof object.defaultBranch !== "string" || object.defaultBranch.length)
                        message.defaultBranch = $String(object.defaultBranch);
                if (object.position != null)
                    if (typeof object.position === "object" ? object.position.low || object.position.high : $Number(object.position) !== 0)
                        if ($util.Long)
                            message.position = $util.Long.fromValue(object.position, true);
                        else if (typeof object.position === "string")
                            message.position = $parseInt(object.position, 10);
                        else if (typeof object.position === "number")
                            message.position = object.position;
                        else if (typeof object.position === "object")
                            message.position = new $util.LongBits(object.position.low >>> 0, object.position.high >>> 0).toNumber(true);
                if (object.onDefaultBranch != null)
                    if (object.onDefaultBranch)
                        message.onDefaultBranch = $Boolean(object.onDefaultBranch);
                if (object.mergeBase != null)
                    if (typeof object.mergeBase !== "string" || object.mergeBase.length)
                        message.mergeBase = $String(object.mergeBase);
                if (object.commitTime != null)
                    if (typeof object.commitTime !== "string" || object.commitTime.length)
                        message.commitTime = $String(object.commitTime);
                if (object.subject != null)
                    if (typeof object.subject !== "string" || object.subject.length)
                        message.subject = $String(object.subject);
                if (object.author != null)
                    if (typeof object.author !== "string" || object.author.length)
                        message.author = $String(object.author);
                return message;
            };

            /**
             * Creates a plain object from a CommitOrder message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.CommitOrder
             * @static
             * @param {benchline.v1.CommitOrder} message CommitOrder
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CommitOrder.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.defaultBranch = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.position = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.position = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.onDefaultBranch = false;
                    object.mergeBase = "";
                    object.commitTime = "";
                    object.subject = "";
                    object.author = "";
                }
                if (message.defaultBranch != null && $Object.hasOwnProperty.call(message, "defaultBranch"))
                    object.defaultBranch = message.defaultBranch;
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.position = typeof message.position === "number" ? $BigInt(message.position) : $util.Long.fromBits(message.position.low >>> 0, message.position.high >>> 0, true).toBigInt();
                    else if (typeof message.position === "number")
                        object.position = options.longs === $String ? $String(message.position) : message.position;
                    else
                        object.position = options.longs === $String ? $util.Long.prototype.toString.call(message.position) : options.longs === $Number ? new $util.LongBits(message.position.low >>> 0, message.position.high >>> 0).toNumber(true) : message.position;
                if (message.onDefaultBranch != null && $Object.hasOwnProperty.call(message, "onDefaultBranch"))
                    object.onDefaultBranch = message.onDefaultBranch;
                if (message.mergeBase != null && $Object.hasOwnProperty.call(message, "mergeBase"))
                    object.mergeBase = message.mergeBase;
                if (message.commitTime != null && $Object.hasOwnProperty.call(message, "commitTime"))
                    object.commitTime = message.commitTime;
                if (message.subject != null && $Object.hasOwnProperty.call(message, "subject"))
                    object.subject = message.subject;
                if (message.author != null && $Object.hasOwnProperty.call(message, "author"))
                    object.author = message.author;
                return object;
            };

            /**
             * Converts this CommitOrder to JSON.
             * @function toJSON
             * @memberof benchline.v1.CommitOrder
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommitOrder.prototype.toJSON = function() {
                return CommitOrder.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CommitOrder;
        })();

        v1.Provisioning = (function() {

            /**
             * Properties of a Provisioning.
             * @typedef {Object} benchline.v1.Provisioning.$Properties
             * @property {string|null} [commit] Provisioning commit
             * @property {benchline.v1.HostFacts.$Properties|null} [host] Provisioning host
             * @property {benchline.v1.TaskCounts.$Properties|null} [tasks] Provisioning tasks
             * @property {boolean|null} [skipped] Provisioning skipped
             * @property {number|null} [durationMs] Provisioning durationMs
             * @property {benchline.v1.Artifact.$Properties|null} [ansibleLog] Provisioning ansibleLog
             * @property {string|null} [startedAt] Provisioning startedAt
             * @property {string|null} [finishedAt] Provisioning finishedAt
             * @property {benchline.v1.CommitOrder.$Properties|null} [order] Provisioning order
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Provisioning.
             * @memberof benchline.v1
             * @interface IProvisioning
             * @augments benchline.v1.Provisioning.$Properties
             * @deprecated Use benchline.v1.Provisioning.$Properties instead.
             */

            /**
             * Shape of a Provisioning.
             * @typedef {benchline.v1.Provisioning.$Properties} benchline.v1.Provisioning.$Shape
             */

            /**
             * Constructs a new Provisioning.
             * @memberof benchline.v1
             * @classdesc Represents a Provisioning.
             * @constructor
             * @param {benchline.v1.Provisioning.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Provisioning = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Provisioning commit.
             * @member {string} commit
             * @memberof benchline.v1.Provisioning
             * @instance
             */
            Provisioning.prototype.commit = "";

            /**
             * Provisioning host.
             * @member {benchline.v1.HostFacts.$Properties|null|undefined} host
             * @memberof benchline.v1.Provisioning
             * @instance
             */
            Provisioning.prototype.host = null;

            /**
             * Provisioning tasks.
             * @member {benchline.v1.TaskCounts.$Properties|null|undefined} tasks
             * @memberof benchline.v1.Provisioning
             * @instance
             */
            Provisioning.prototype.tasks = null;

            /**
             * Provisioning skipped.
             * @member {boolean} skipped
             * @memberof benchline.v1.Provisioning
             * @instance
             */
            Provisioning.prototype.skipped = false;

            /**
             * Provisioning durationMs.
             * @member {number} durationMs
             * @memberof benchline.v1.Provisioning
             * @instance
             */
            Provisioning.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Provisioning ansibleLog.
             * @member {benchline.v1.Artifact.$Properties|null|undefined} ansibleLog
             * @memberof benchline.v1.Provisioning
             * @instance
             */
            Provisioning.prototype.ansibleLog = null;

            /**
             * Provisioning startedAt.
             * @member {string} startedAt
             * @memberof benchline.v1.Provisioning
             * @instance
             */
            Provisioning.prototype.startedAt = "";

            /**
             * Provisioning finishedAt.
             * @member {string} finishedAt
             * @memberof benchline.v1.Provisioning
             * @instance
             */
            Provisioning.prototype.finishedAt = "";

            /**
             * Provisioning order.
             * @member {benchline.v1.CommitOrder.$Properties|null|undefined} order
             * @memberof benchline.v1.Provisioning
             * @instance
             */
            Provisioning.prototype.order = null;

            /**
             * Creates a new Provisioning instance using the specified properties.
             * @function create
             * @memberof benchline.v1.Provisioning
             * @static
             * @param {benchline.v1.Provisioning.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.Provisioning} Provisioning instance
             * @type {{
             *   (properties: benchline.v1.Provisioning.$Shape): benchline.v1.Provisioning & benchline.v1.Provisioning.$Shape;
             *   (properties?: benchline.v1.Provisioning.$Properties): benchline.v1.Provisioning;
             * }}
             */
            Provisioning.create = function(properties) {
                return new Provisioning(properties);
            };

            /**
             * Encodes the specified Provisioning message. Does not implicitly {@link benchline.v1.Provisioning.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.Provisioning
             * @static
             * @param {benchline.v1.Provisioning.$Properties} message Provisioning message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Provisioning.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && message.commit !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.commit);
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    $root.benchline.v1.HostFacts.encode(message.host, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.tasks != null && $Object.hasOwnProperty.call(message, "tasks"))
                    $root.benchline.v1.TaskCounts.encode(message.tasks, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.skipped != null && $Object.hasOwnProperty.call(message, "skipped") && message.skipped !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.skipped);
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.durationMs);
                if (message.ansibleLog != null && $Object.hasOwnProperty.call(message, "ansibleLog"))
                    $root.benchline.v1.Artifact.encode(message.ansibleLog, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt") && message.startedAt !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.startedAt);
                if (message.finishedAt != null && $Object.hasOwnProperty.call(message, "finishedAt") && message.finishedAt !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.finishedAt);
                if (message.order != null && $Object.hasOwnProperty.call(message, "order"))
                    $root.benchline.v1.CommitOrder.encode(message.order, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Provisioning message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.Provisioning
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.Provisioning & benchline.v1.Provisioning.$Shape} Provisioning
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Provisioning.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.Provisioning();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.commit = value;
                            else
                                delete message.commit;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.host = $root.benchline.v1.HostFacts.decode(reader, reader.size(), $undefined, _depth + 1, message.host);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.tasks = $root.benchline.v1.TaskCounts.decode(reader, reader.size(), $undefined, _depth + 1, message.tasks);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.skipped = value;
                            else
                                delete message.skipped;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.durationMs = value;
                            else
                                delete message.durationMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.ansibleLog = $root.benchline.v1.Artifact.decode(reader, reader.size(), $undefined, _depth + 1, message.ansibleLog);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.startedAt = value;
                            else
                                delete message.startedAt;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.finishedAt = value;
                            else
                                delete message.finishedAt;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.order = $root.benchline.v1.CommitOrder.decode(reader, reader.size(), $undefined, _depth + 1, message.order);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Provisioning message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.Provisioning
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.Provisioning} Provisioning
             */
            Provisioning.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.Provisioning)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.Provisioning: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.Provisioning();
                if (object.commit != null)
                    if (typeof object.commit !== "string" || object.commit.length)
                        message.commit = $String(object.commit);
                if (object.host != null) {
                    if (!$util.isObject(object.host))
                        throw $TypeError(".benchline.v1.Provisioning.host: object expected");
                    message.host = $root.benchline.v1.HostFacts.fromObject(object.host, _depth + 1);
                }
                if (object.tasks != null) {
                    if (!$util.isObject(object.tasks))
                        throw $TypeError(".benchline.v1.Provisioning.tasks: object expected");
                    message.tasks = $root.benchline.v1.TaskCounts.fromObject(object.tasks, _depth + 1);
                }
                if (object.skipped != null)
                    if (object.skipped)
                        message.skipped = $Boolean(object.skipped);
                if (object.durationMs != null)
                    if (typeof object.durationMs === "object" ? object.durationMs.low || object.durationMs.high : $Number(object.durationMs) !== 0)
                        if ($util.Long)
                            message.durationMs = $util.Long.fromValue(object.durationMs, true);
                        else if (typeof object.durationMs === "string")
                            message.durationMs = $parseInt(object.durationMs, 10);
                        else if (typeof object.durationMs === "number")
                            message.durationMs = object.durationMs;
                        else if (typeof object.durationMs === "object")
                            message.durationMs = new $util.LongBits(object.durationMs.low >>> 0, object.durationMs.high >>> 0).toNumber(true);
                if (object.ansibleLog != null) {
                    if (!$util.isObject(object.ansibleLog))
                        throw $TypeError(".benchline.v1.Provisioning.ansibleLog: object expected");
                    message.ansibleLog = $root.benchline.v1.Artifact.fromObject(object.ansibleLog, _depth + 1);
                }
                if (object.startedAt != null)
                    if (typeof object.startedAt !== "string" || object.startedAt.length)
                        message.startedAt = $String(object.startedAt);
                if (object.finishedAt != null)
                    if (typeof object.finishedAt !== "string" || object.finishedAt.length)
                        message.finishedAt = $String(object.finishedAt);
                if (object.order != null) {
                    if (!$util.isObject(object.order))
                        throw $TypeError(".benchline.v1.Provisioning.order: object expected");
                    message.order = $root.benchline.v1.CommitOrder.fromObject(object.order, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Provisioning message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.Provisioning
             * @static
             * @param {benchline.v1.Provisioning} message Provisioning
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Provisioning.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.commit = "";
                    object.host = null;
                    object.tasks = null;
                    object.skipped = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.durationMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.durationMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.ansibleLog = null;
                    object.startedAt = "";
                    object.finishedAt = "";
                    object.order = null;
                }
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                    object.commit = message.commit;
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    object.host = $root.benchline.v1.HostFacts.toObject(message.host, options, _depth + 1);
                if (message.tasks != null && $Object.hasOwnProperty.call(message, "tasks"))
                    object.tasks = $root.benchline.v1.TaskCounts.toObject(message.tasks, options, _depth + 1);
                if (message.skipped != null && $Object.hasOwnProperty.call(message, "skipped"))
                    object.skipped = message.skipped;
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.durationMs = typeof message.durationMs === "number" ? $BigInt(message.durationMs) : $util.Long.fromBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0, true).toBigInt();
                    else if (typeof message.durationMs === "number")
                        object.durationMs = options.longs === $String ? $String(message.durationMs) : message.durationMs;
                    else
                        object.durationMs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationMs) : options.longs === $Number ? new $util.LongBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0).toNumber(true) : message.durationMs;
                if (message.ansibleLog != null && $Object.hasOwnProperty.call(message, "ansibleLog"))
                    object.ansibleLog = $root.benchline.v1.Artifact.toObject(message.ansibleLog, options, _depth + 1);
                if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt"))
                    object.startedAt = message.startedAt;
                if (message.finishedAt != null && $Object.hasOwnProperty.call(message, "finishedAt"))
                    object.finishedAt = message.finishedAt;
                if (message.order != null && $Object.hasOwnProperty.call(message, "order"))
                    object.order = $root.benchline.v1.CommitOrder.toObject(message.order, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Provisioning to JSON.
             * @function toJSON
             * @memberof benchline.v1.Provisioning
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Provisioning.prototype.toJSON = function() {
                return Provisioning.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Provisioning;
        })();

        v1.RunProvisioned = (function() {

            /**
             * Properties of a RunProvisioned.
             * @typedef {Object} benchline.v1.RunProvisioned.$Properties
             * @property {benchline.v1.RunRequest.$Properties|null} [request] RunProvisioned request
             * @property {benchline.v1.Provisioning.$Properties|null} [provisioning] RunProvisioned provisioning
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunProvisioned.
             * @memberof benchline.v1
             * @interface IRunProvisioned
             * @augments benchline.v1.RunProvisioned.$Properties
             * @deprecated Use benchline.v1.RunProvisioned.$Properties instead.
             */

            /**
             * Shape of a RunProvisioned.
             * @typedef {benchline.v1.RunProvisioned.$Properties} benchline.v1.RunProvisioned.$Shape
             */

            /**
             * Constructs a new RunProvisioned.
             * @memberof benchline.v1
             * @classdesc Represents a RunProvisioned.
             * @constructor
             * @param {benchline.v1.RunProvisioned.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunProvisioned = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunProvisioned request.
             * @member {benchline.v1.RunRequest.$Properties|null|undefined} request
             * @memberof benchline.v1.RunProvisioned
             * @instance
             */
            RunProvisioned.prototype.request = null;

            /**
             * RunProvisioned provisioning.
             * @member {benchline.v1.Provisioning.$Properties|null|undefined} provisioning
             * @memberof benchline.v1.RunProvisioned
             * @instance
             */
            RunProvisioned.prototype.provisioning = null;

            /**
             * Creates a new RunProvisioned instance using the specified properties.
             * @function create
             * @memberof benchline.v1.RunProvisioned
             * @static
             * @param {benchline.v1.RunProvisioned.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.RunProvisioned} RunProvisioned instance
             * @type {{
             *   (properties: benchline.v1.RunProvisioned.$Shape): benchline.v1.RunProvisioned & benchline.v1.RunProvisioned.$Shape;
             *   (properties?: benchline.v1.RunProvisioned.$Properties): benchline.v1.RunProvisioned;
             * }}
             */
            RunProvisioned.create = function(properties) {
                return new RunProvisioned(properties);
            };

            /**
             * Encodes the specified RunProvisioned message. Does not implicitly {@link benchline.v1.RunProvisioned.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.RunProvisioned
             * @static
             * @param {benchline.v1.RunProvisioned.$Properties} message RunProvisioned message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunProvisioned.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                    $root.benchline.v1.RunRequest.encode(message.request, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.provisioning != null && $Object.hasOwnProperty.call(message, "provisioning"))
                    $root.benchline.v1.Provisioning.encode(message.provisioning, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RunProvisioned message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.RunProvisioned
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.RunProvisioned & benchline.v1.RunProvisioned.$Shape} RunProvisioned
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunProvisioned.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.RunProvisioned();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.request = $root.benchline.v1.RunRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.request);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.provisioning = $root.benchline.v1.Provisioning.decode(reader, reader.size(), $undefined, _depth + 1, message.provisioning);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RunProvisioned message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.RunProvisioned
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.RunProvisioned} RunProvisioned
             */
            RunProvisioned.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.RunProvisioned)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.RunProvisioned: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.RunProvisioned();
                if (object.request != null) {
                    if (!$util.isObject(object.request))
                        throw $TypeError(".benchline.v1.RunProvisioned.request: object expected");
                    message.request = $root.benchline.v1.RunRequest.fromObject(object.request, _depth + 1);
                }
                if (object.provisioning != null) {
                    if (!$util.isObject(object.provisioning))
                        throw $TypeError(".benchline.v1.RunProvisioned.provisioning: object expected");
                    message.provisioning = $root.benchline.v1.Provisioning.fromObject(object.provisioning, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a RunProvisioned message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.RunProvisioned
             * @static
             * @param {benchline.v1.RunProvisioned} message RunProvisioned
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunProvisioned.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.request = null;
                    object.provisioning = null;
                }
                if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                    object.request = $root.benchline.v1.RunRequest.toObject(message.request, options, _depth + 1);
                if (message.provisioning != null && $Object.hasOwnProperty.call(message, "provisioning"))
                    object.provisioning = $root.benchline.v1.Provisioning.toObject(message.provisioning, options, _depth + 1);
                return object;
            };

            /**
             * Converts this RunProvisioned to JSON.
             * @function toJSON
             * @memberof benchline.v1.RunProvisioned
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunProvisioned.prototype.toJSON = function() {
                return RunProvisioned.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RunProvisioned;
        })();

        /**
         * BenchmarkStatus enum.
         * @name benchline.v1.BenchmarkStatus
         * @enum {number}
         * @property {number} BENCHMARK_STATUS_UNSPECIFIED=0 BENCHMARK_STATUS_UNSPECIFIED value
         * @property {number} BENCHMARK_STATUS_OK=1 BENCHMARK_STATUS_OK value
         * @property {number} BENCHMARK_STATUS_FAILED=2 BENCHMARK_STATUS_FAILED value
         * @property {number} BENCHMARK_STATUS_TIMED_OUT=3 BENCHMARK_STATUS_TIMED_OUT value
         * @property {number} BENCHMARK_STATUS_NO_RESULTS=4 BENCHMARK_STATUS_NO_RESULTS value
         * @property {number} BENCHMARK_STATUS_ARTIFACT_ERROR=5 BENCHMARK_STATUS_ARTIFACT_ERROR value
         */
        v1.BenchmarkStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "BENCHMARK_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "BENCHMARK_STATUS_OK"] = 1;
            values[valuesById[2] = "BENCHMARK_STATUS_FAILED"] = 2;
            values[valuesById[3] = "BENCHMARK_STATUS_TIMED_OUT"] = 3;
            values[valuesById[4] = "BENCHMARK_STATUS_NO_RESULTS"] = 4;
            values[valuesById[5] = "BENCHMARK_STATUS_ARTIFACT_ERROR"] = 5;
            return values;
        })();

        v1.BenchmarkExecution = (function() {

            /**
             * Properties of a BenchmarkExecution.
             * @typedef {Object} benchline.v1.BenchmarkExecution.$Properties
             * @property {string|null} [name] BenchmarkExecution name
             * @property {benchline.v1.BenchmarkStatus|null} [status] BenchmarkExecution status
             * @property {number|null} [exitCode] BenchmarkExecution exitCode
             * @property {number|null} [durationMs] BenchmarkExecution durationMs
             * @property {string|null} [format] BenchmarkExecution format
             * @property {benchline.v1.Artifact.$Properties|null} [results] BenchmarkExecution results
             * @property {benchline.v1.Artifact.$Properties|null} [stdout] BenchmarkExecution stdout
             * @property {benchline.v1.Artifact.$Properties|null} [stderr] BenchmarkExecution stderr
             * @property {Array.<benchline.v1.Artifact.$Properties>|null} [extra] BenchmarkExecution extra
             * @property {string|null} [message] BenchmarkExecution message
             * @property {number|null} [repetition] BenchmarkExecution repetition
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BenchmarkExecution.
             * @memberof benchline.v1
             * @interface IBenchmarkExecution
             * @augments benchline.v1.BenchmarkExecution.$Properties
             * @deprecated Use benchline.v1.BenchmarkExecution.$Properties instead.
             */

            /**
             * Shape of a BenchmarkExecution.
             * @typedef {benchline.v1.BenchmarkExecution.$Properties} benchline.v1.BenchmarkExecution.$Shape
             */

            /**
             * Constructs a new BenchmarkExecution.
             * @memberof benchline.v1
             * @classdesc Represents a BenchmarkExecution.
             * @constructor
             * @param {benchline.v1.BenchmarkExecution.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BenchmarkExecution = function (properties) {
                this.extra = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BenchmarkExecution name.
             * @member {string} name
             * @memberof benchline.v1.BenchmarkExecution
             * @instance
             */
            BenchmarkExecution.prototype.name = "";

            /**
             * BenchmarkExecution status.
             * @member {benchline.v1.BenchmarkStatus} status
             * @memberof benchline.v1.BenchmarkExecution
             * @instance
             */
            BenchmarkExecution.prototype.status = 0;

            /**
             * BenchmarkExecution exitCode.
             * @member {number} exitCode
             * @memberof benchline.v1.BenchmarkExecution
             * @instance
             */
            BenchmarkExecution.prototype.exitCode = 0;

            /**
             * BenchmarkExecution durationMs.
             * @member {number} durationMs
             * @memberof benchline.v1.BenchmarkExecution
             * @instance
             */
            BenchmarkExecution.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BenchmarkExecution format.
             * @member {string} format
             * @memberof benchline.v1.BenchmarkExecution
             * @instance
             */
            BenchmarkExecution.prototype.format = "";

            /**
             * BenchmarkExecution results.
             * @member {benchline.v1.Artifact.$Properties|null|undefined} results
             * @memberof benchline.v1.BenchmarkExecution
             * @instance
             */
            BenchmarkExecution.prototype.results = null;

            /**
             * BenchmarkExecution stdout.
             * @member {benchline.v1.Artifact.$Properties|null|undefined} stdout
             * @memberof benchline.v1.BenchmarkExecution
             * @instance
             */
            BenchmarkExecution.prototype.stdout = null;

            /**
             * BenchmarkExecution stderr.
             * @member {benchline.v1.Artifact.$Properties|null|undefined} stderr
             * @memberof benchline.v1.BenchmarkExecution
             * @instance
             */
            BenchmarkExecution.prototype.stderr = null;

            /**
             * BenchmarkExecution extra.
             * @member {Array.<benchline.v1.Artifact.$Properties>} extra
             * @memberof benchline.v1.BenchmarkExecution
             * @instance
             */
            BenchmarkExecution.prototype.extra = $util.emptyArray;

            /**
             * BenchmarkExecution message.
             * @member {string} message
             * @memberof benchline.v1.BenchmarkExecution
             * @instance
             */
            BenchmarkExecution.prototype.message = "";

            /**
             * BenchmarkExecution repetition.
             * @member {number} repetition
             * @memberof benchline.v1.BenchmarkExecution
             * @instance
             */
            BenchmarkExecution.prototype.repetition = 0;

            /**
             * Creates a new BenchmarkExecution instance using the specified properties.
             * @function create
             * @memberof benchline.v1.BenchmarkExecution
             * @static
             * @param {benchline.v1.BenchmarkExecution.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.BenchmarkExecution} BenchmarkExecution instance
             * @type {{
             *   (properties: benchline.v1.BenchmarkExecution.$Shape): benchline.v1.BenchmarkExecution & benchline.v1.BenchmarkExecution.$Shape;
             *   (properties?: benchline.v1.BenchmarkExecution.$Properties): benchline.v1.BenchmarkExecution;
             * }}
             */
            BenchmarkExecution.create = function(properties) {
                return new BenchmarkExecution(properties);
            };

            /**
             * Encodes the specified BenchmarkExecution message. Does not implicitly {@link benchline.v1.BenchmarkExecution.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.BenchmarkExecution
             * @static
             * @param {benchline.v1.BenchmarkExecution.$Properties} message BenchmarkExecution message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BenchmarkExecution.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode") && message.exitCode !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.exitCode);
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.durationMs);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.format);
                if (message.results != null && $Object.hasOwnProperty.call(message, "results"))
                    $root.benchline.v1.Artifact.encode(message.results, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout"))
                    $root.benchline.v1.Artifact.encode(message.stdout, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr"))
                    $root.benchline.v1.Artifact.encode(message.stderr, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.extra != null && message.extra.length)
                    for (let i = 0; i < message.extra.length; ++i)
                        $root.benchline.v1.Artifact.encode(message.extra[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.message);
                if (message.repetition != null && $Object.hasOwnProperty.call(message, "repetition") && message.repetition !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.repetition);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BenchmarkExecution message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.BenchmarkExecution
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.BenchmarkExecution & benchline.v1.BenchmarkExecution.$Shape} BenchmarkExecution
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BenchmarkExecution.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.BenchmarkExecution();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.exitCode = value;
                            else
                                delete message.exitCode;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.durationMs = value;
                            else
                                delete message.durationMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.results = $root.benchline.v1.Artifact.decode(reader, reader.size(), $undefined, _depth + 1, message.results);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.stdout = $root.benchline.v1.Artifact.decode(reader, reader.size(), $undefined, _depth + 1, message.stdout);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.stderr = $root.benchline.v1.Artifact.decode(reader, reader.size(), $undefined, _depth + 1, message.stderr);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.extra && message.extra.length))
                                message.extra = [];
                            message.extra.push($root.benchline.v1.Artifact.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.repetition = value;
                            else
                                delete message.repetition;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a BenchmarkExecution message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.BenchmarkExecution
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.BenchmarkExecution} BenchmarkExecution
             */
            BenchmarkExecution.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.BenchmarkExecution)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.BenchmarkExecution: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.BenchmarkExecution();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.benchline.v1.BenchmarkStatus[object.status] !== 0))
                    switch (object.status) {
                    case "BENCHMARK_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "BENCHMARK_STATUS_OK":
                    case 1:
                        message.status = 1;
                        break;
                    case "BENCHMARK_STATUS_FAILED":
                    case 2:
                        message.status = 2;
                        break;
                    case "BENCHMARK_STATUS_TIMED_OUT":
                    case 3:
                        message.status = 3;
                        break;
                    case "BENCHMARK_STATUS_NO_RESULTS":
                    case 4:
                        message.status = 4;
                        break;
                    case "BENCHMARK_STATUS_ARTIFACT_ERROR":
                    case 5:
                        message.status = 5;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.exitCode != null)
                    if ($Number(object.exitCode) !== 0)
                        message.exitCode = object.exitCode | 0;
                if (object.durationMs != null)
                    if (typeof object.durationMs === "object" ? object.durationMs.low || object.durationMs.high : $Number(object.durationMs) !== 0)
                        if ($util.Long)
                            message.durationMs = $util.Long.fromValue(object.durationMs, true);
                        else if (typeof object.durationMs === "string")
                            message.durationMs = $parseInt(object.durationMs, 10);
                        else if (typeof object.durationMs === "number")
                            message.durationMs = object.durationMs;
                        else if (typeof object.durationMs === "object")
                            message.durationMs = new $util.LongBits(object.durationMs.low >>> 0, object.durationMs.high >>> 0).toNumber(true);
                if (object.format != null)
                    if (typeof object.format !== "string" || object.format.length)
                        message.format = $String(object.format);
                if (object.results != null) {
                    if (!$util.isObject(object.results))
                        throw $TypeError(".benchline.v1.BenchmarkExecution.results: object expected");
                    message.results = $root.benchline.v1.Artifact.fromObject(object.results, _depth + 1);
                }
                if (object.stdout != null) {
                    if (!$util.isObject(object.stdout))
                        throw $TypeError(".benchline.v1.BenchmarkExecution.stdout: object expected");
                    message.stdout = $root.benchline.v1.Artifact.fromObject(object.stdout, _depth + 1);
                }
                if (object.stderr != null) {
                    if (!$util.isObject(object.stderr))
                        throw $TypeError(".benchline.v1.BenchmarkExecution.stderr: object expected");
                    message.stderr = $root.benchline.v1.Artifact.fromObject(object.stderr, _depth + 1);
                }
                if (object.extra) {
                    if (!$Array.isArray(object.extra))
                        throw $TypeError(".benchline.v1.BenchmarkExecution.extra: array expected");
                    message.extra = $Array(object.extra.length);
                    for (let i = 0; i < object.extra.length; ++i) {
                        if (!$util.isObject(object.extra[i]))
                            throw $TypeError(".benchline.v1.BenchmarkExecution.extra: object expected");
                        message.extra[i] = $root.benchline.v1.Artifact.fromObject(object.extra[i], _depth + 1);
                    }
                }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.repetition != null)
                    if ($Number(object.repetition) !== 0)
                        message.repetition = object.repetition >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a BenchmarkExecution message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.BenchmarkExecution
             * @static
             * @param {benchline.v1.BenchmarkExecution} message BenchmarkExecution
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BenchmarkExecution.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.extra = [];
                if (options.defaults) {
                    object.name = "";
                    object.status = options.enums === $String ? "BENCHMARK_STATUS_UNSPECIFIED" : 0;
                    object.exitCode = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.durationMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.durationMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.format = "";
                    object.results = null;
                    object.stdout = null;
                    object.stderr = null;
                    object.message = "";
                    object.repetition = 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.benchline.v1.BenchmarkStatus[message.status] === $undefined ? message.status : $root.benchline.v1.BenchmarkStatus[message.status] : message.status;
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    object.exitCode = message.exitCode;
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.durationMs = typeof message.durationMs === "number" ? $BigInt(message.durationMs) : $util.Long.fromBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0, true).toBigInt();
                    else if (typeof message.durationMs === "number")
                        object.durationMs = options.longs === $String ? $String(message.durationMs) : message.durationMs;
                    else
                        object.durationMs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationMs) : options.longs === $Number ? new $util.LongBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0).toNumber(true) : message.durationMs;
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = message.format;
                if (message.results != null && $Object.hasOwnProperty.call(message, "results"))
                    object.results = $root.benchline.v1.Artifact.toObject(message.results, options, _depth + 1);
                if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout"))
                    object.stdout = $root.benchline.v1.Artifact.toObject(message.stdout, options, _depth + 1);
                if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr"))
                    object.stderr = $root.benchline.v1.Artifact.toObject(message.stderr, options, _depth + 1);
                if (message.extra && message.extra.length) {
                    object.extra = $Array(message.extra.length);
                    for (let j = 0; j < message.extra.length; ++j)
                        object.extra[j] = $root.benchline.v1.Artifact.toObject(message.extra[j], options, _depth + 1);
                }
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.repetition != null && $Object.hasOwnProperty.call(message, "repetition"))
                    object.repetition = message.repetition;
                return object;
            };

            /**
             * Converts this BenchmarkExecution to JSON.
             * @function toJSON
             * @memberof benchline.v1.BenchmarkExecution
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BenchmarkExecution.prototype.toJSON = function() {
                return BenchmarkExecution.toObject(this, $protobuf.util.toJSONOptions);
            };

            return BenchmarkExecution;
        })();

        v1.Canary = (function() {

            /**
             * Properties of a Canary.
             * @typedef {Object} benchline.v1.Canary.$Properties
             * @property {number|null} [seconds] Canary seconds
             * @property {Array.<number>|null} [roundSeconds] Canary roundSeconds
             * @property {string|null} [version] Canary version
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Canary.
             * @memberof benchline.v1
             * @interface ICanary
             * @augments benchline.v1.Canary.$Properties
             * @deprecated Use benchline.v1.Canary.$Properties instead.
             */

            /**
             * Shape of a Canary.
             * @typedef {benchline.v1.Canary.$Properties} benchline.v1.Canary.$Shape
             */

            /**
             * Constructs a new Canary.
             * @memberof benchline.v1
             * @classdesc Represents a Canary.
             * @constructor
             * @param {benchline.v1.Canary.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Canary = function (properties) {
                this.roundSeconds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Canary seconds.
             * @member {number} seconds
             * @memberof benchline.v1.Canary
             * @instance
             */
            Canary.prototype.seconds = 0;

            /**
             * Canary roundSeconds.
             * @member {Array.<number>} roundSeconds
             * @memberof benchline.v1.Canary
             * @instance
             */
            Canary.prototype.roundSeconds = $util.emptyArray;

            /**
             * Canary version.
             * @member {string} version
             * @memberof benchline.v1.Canary
             * @instance
             */
            Canary.prototype.version = "";

            /**
             * Creates a new Canary instance using the specified properties.
             * @function create
             * @memberof benchline.v1.Canary
             * @static
             * @param {benchline.v1.Canary.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.Canary} Canary instance
             * @type {{
             *   (properties: benchline.v1.Canary.$Shape): benchline.v1.Canary & benchline.v1.Canary.$Shape;
             *   (properties?: benchline.v1.Canary.$Properties): benchline.v1.Canary;
             * }}
             */
            Canary.create = function(properties) {
                return new Canary(properties);
            };

            /**
             * Encodes the specified Canary message. Does not implicitly {@link benchline.v1.Canary.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.Canary
             * @static
             * @param {benchline.v1.Canary.$Properties} message Canary message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Canary.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && !$Object.is(message.seconds, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.seconds);
                if (message.roundSeconds != null && message.roundSeconds.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).doubles(message.roundSeconds);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.version);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Canary message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.Canary
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.Canary & benchline.v1.Canary.$Shape} Canary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Canary.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.Canary();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.roundSeconds && message.roundSeconds.length))
                                    message.roundSeconds = [];
                                reader.doubles(message.roundSeconds);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.roundSeconds && message.roundSeconds.length))
                                message.roundSeconds = [];
                            message.roundSeconds.push(reader.double());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Canary message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.Canary
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.Canary} Canary
             */
            Canary.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.Canary)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.Canary: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.Canary();
                if (object.seconds != null)
                    if (!$Object.is($Number(object.seconds), 0))
                        message.seconds = $Number(object.seconds);
                if (object.roundSeconds) {
                    if (!$Array.isArray(object.roundSeconds))
                        throw $TypeError(".benchline.v1.Canary.roundSeconds: array expected");
                    message.roundSeconds = $Array(object.roundSeconds.length);
                    for (let i = 0; i < object.roundSeconds.length; ++i)
                        message.roundSeconds[i] = $Number(object.roundSeconds[i]);
                }
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                return message;
            };

            /**
             * Creates a plain object from a Canary message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.Canary
             * @static
             * @param {benchline.v1.Canary} message Canary
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Canary.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.roundSeconds = [];
                if (options.defaults) {
                    object.seconds = 0;
                    object.version = "";
                }
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    object.seconds = options.json && !$isFinite(message.seconds) ? $String(message.seconds) : message.seconds;
                if (message.roundSeconds && message.roundSeconds.length) {
                    object.roundSeconds = $Array(message.roundSeconds.length);
                    for (let j = 0; j < message.roundSeconds.length; ++j)
                        object.roundSeconds[j] = options.json && !$isFinite(message.roundSeconds[j]) ? $String(message.roundSeconds[j]) : message.roundSeconds[j];
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                return object;
            };

            /**
             * Converts this Canary to JSON.
             * @function toJSON
             * @memberof benchline.v1.Canary
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Canary.prototype.toJSON = function() {
                return Canary.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Canary;
        })();

        v1.Execution = (function() {

            /**
             * Properties of an Execution.
             * @typedef {Object} benchline.v1.Execution.$Properties
             * @property {Array.<benchline.v1.BenchmarkExecution.$Properties>|null} [benchmarks] Execution benchmarks
             * @property {string|null} [startedAt] Execution startedAt
             * @property {string|null} [finishedAt] Execution finishedAt
             * @property {benchline.v1.Canary.$Properties|null} [canary] Execution canary
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Execution.
             * @memberof benchline.v1
             * @interface IExecution
             * @augments benchline.v1.Execution.$Properties
             * @deprecated Use benchline.v1.Execution.$Properties instead.
             */

            /**
             * Shape of an Execution.
             * @typedef {benchline.v1.Execution.$Properties} benchline.v1.Execution.$Shape
             */

            /**
             * Constructs a new Execution.
             * @memberof benchline.v1
             * @classdesc Represents an Execution.
             * @constructor
             * @param {benchline.v1.Execution.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Execution = function (properties) {
                this.benchmarks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Execution benchmarks.
             * @member {Array.<benchline.v1.BenchmarkExecution.$Properties>} benchmarks
             * @memberof benchline.v1.Execution
             * @instance
             */
            Execution.prototype.benchmarks = $util.emptyArray;

            /**
             * Execution startedAt.
             * @member {string} startedAt
             * @memberof benchline.v1.Execution
             * @instance
             */
            Execution.prototype.startedAt = "";

            /**
             * Execution finishedAt.
             * @member {string} finishedAt
             * @memberof benchline.v1.Execution
             * @instance
             */
            Execution.prototype.finishedAt = "";

            /**
             * Execution canary.
             * @member {benchline.v1.Canary.$Properties|null|undefined} canary
             * @memberof benchline.v1.Execution
             * @instance
             */
            Execution.prototype.canary = null;

            /**
             * Creates a new Execution instance using the specified properties.
             * @function create
             * @memberof benchline.v1.Execution
             * @static
             * @param {benchline.v1.Execution.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.Execution} Execution instance
             * @type {{
             *   (properties: benchline.v1.Execution.$Shape): benchline.v1.Execution & benchline.v1.Execution.$Shape;
             *   (properties?: benchline.v1.Execution.$Properties): benchline.v1.Execution;
             * }}
             */
            Execution.create = function(properties) {
                return new Execution(properties);
            };

            /**
             * Encodes the specified Execution message. Does not implicitly {@link benchline.v1.Execution.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.Execution
             * @static
             * @param {benchline.v1.Execution.$Properties} message Execution message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Execution.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.benchmarks != null && message.benchmarks.length)
                    for (let i = 0; i < message.benchmarks.length; ++i)
                        $root.benchline.v1.BenchmarkExecution.encode(message.benchmarks[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt") && message.startedAt !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.startedAt);
                if (message.finishedAt != null && $Object.hasOwnProperty.call(message, "finishedAt") && message.finishedAt !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.finishedAt);
                if (message.canary != null && $Object.hasOwnProperty.call(message, "canary"))
                    $root.benchline.v1.Canary.encode(message.canary, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Execution message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.Execution
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.Execution & benchline.v1.Execution.$Shape} Execution
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Execution.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.Execution();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.benchmarks && message.benchmarks.length))
                                message.benchmarks = [];
                            message.benchmarks.push($root.benchline.v1.BenchmarkExecution.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.startedAt = value;
                            else
                                delete message.startedAt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.finishedAt = value;
                            else
                                delete message.finishedAt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.canary = $root.benchline.v1.Canary.decode(reader, reader.size(), $undefined, _depth + 1, message.canary);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Execution message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.Execution
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.Execution} Execution
             */
            Execution.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.Execution)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.Execution: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.Execution();
                if (object.benchmarks) {
                    if (!$Array.isArray(object.benchmarks))
                        throw $TypeError(".benchline.v1.Execution.benchmarks: array expected");
                    message.benchmarks = $Array(object.benchmarks.length);
                    for (let i = 0; i < object.benchmarks.length; ++i) {
                        if (!$util.isObject(object.benchmarks[i]))
                            throw $TypeError(".benchline.v1.Execution.benchmarks: object expected");
                        message.benchmarks[i] = $root.benchline.v1.BenchmarkExecution.fromObject(object.benchmarks[i], _depth + 1);
                    }
                }
                if (object.startedAt != null)
                    if (typeof object.startedAt !== "string" || object.startedAt.length)
                        message.startedAt = $String(object.startedAt);
                if (object.finishedAt != null)
                    if (typeof object.finishedAt !== "string" || object.finishedAt.length)
                        message.finishedAt = $String(object.finishedAt);
                if (object.canary != null) {
                    if (!$util.isObject(object.canary))
                        throw $TypeError(".benchline.v1.Execution.canary: object expected");
                    message.canary = $root.benchline.v1.Canary.fromObject(object.canary, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an Execution message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.Execution
             * @static
             * @param {benchline.v1.Execution} message Execution
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Execution.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.benchmarks = [];
                if (options.defaults) {
                    object.startedAt = "";
                    object.finishedAt = "";
                    object.canary = null;
                }
                if (message.benchmarks && message.benchmarks.length) {
                    object.benchmarks = $Array(message.benchmarks.length);
                    for (let j = 0; j < message.benchmarks.length; ++j)
                        object.benchmarks[j] = $root.benchline.v1.BenchmarkExecution.toObject(message.benchmarks[j], options, _depth + 1);
                }
                if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt"))
                    object.startedAt = message.startedAt;
                if (message.finishedAt != null && $Object.hasOwnProperty.call(message, "finishedAt"))
                    object.finishedAt = message.finishedAt;
                if (message.canary != null && $Object.hasOwnProperty.call(message, "canary"))
                    object.canary = $root.benchline.v1.Canary.toObject(message.canary, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Execution to JSON.
             * @function toJSON
             * @memberof benchline.v1.Execution
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Execution.prototype.toJSON = function() {
                return Execution.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Execution;
        })();

        v1.RunExecuted = (function() {

            /**
             * Properties of a RunExecuted.
             * @typedef {Object} benchline.v1.RunExecuted.$Properties
             * @property {benchline.v1.RunRequest.$Properties|null} [request] RunExecuted request
             * @property {benchline.v1.Provisioning.$Properties|null} [provisioning] RunExecuted provisioning
             * @property {benchline.v1.Execution.$Properties|null} [execution] RunExecuted execution
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunExecuted.
             * @memberof benchline.v1
             * @interface IRunExecuted
             * @augments benchline.v1.RunExecuted.$Properties
             * @deprecated Use benchline.v1.RunExecuted.$Properties instead.
             */

            /**
             * Shape of a RunExecuted.
             * @typedef {benchline.v1.RunExecuted.$Properties} benchline.v1.RunExecuted.$Shape
             */

            /**
             * Constructs a new RunExecuted.
             * @memberof benchline.v1
             * @classdesc Represents a RunExecuted.
             * @constructor
             * @param {benchline.v1.RunExecuted.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunExecuted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunExecuted request.
             * @member {benchline.v1.RunRequest.$Properties|null|undefined} request
             * @memberof benchline.v1.RunExecuted
             * @instance
             */
            RunExecuted.prototype.request = null;

            /**
             * RunExecuted provisioning.
             * @member {benchline.v1.Provisioning.$Properties|null|undefined} provisioning
             * @memberof benchline.v1.RunExecuted
             * @instance
             */
            RunExecuted.prototype.provisioning = null;

            /**
             * RunExecuted execution.
             * @member {benchline.v1.Execution.$Properties|null|undefined} execution
             * @memberof benchline.v1.RunExecuted
             * @instance
             */
            RunExecuted.prototype.execution = null;

            /**
             * Creates a new RunExecuted instance using the specified properties.
             * @function create
             * @memberof benchline.v1.RunExecuted
             * @static
             * @param {benchline.v1.RunExecuted.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.RunExecuted} RunExecuted instance
             * @type {{
             *   (properties: benchline.v1.RunExecuted.$Shape): benchline.v1.RunExecuted & benchline.v1.RunExecuted.$Shape;
             *   (properties?: benchline.v1.RunExecuted.$Properties): benchline.v1.RunExecuted;
             * }}
             */
            RunExecuted.create = function(properties) {
                return new RunExecuted(properties);
            };

            /**
             * Encodes the specified RunExecuted message. Does not implicitly {@link benchline.v1.RunExecuted.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.RunExecuted
             * @static
             * @param {benchline.v1.RunExecuted.$Properties} message RunExecuted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunExecuted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                    $root.benchline.v1.RunRequest.encode(message.request, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.provisioning != null && $Object.hasOwnProperty.call(message, "provisioning"))
                    $root.benchline.v1.Provisioning.encode(message.provisioning, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.execution != null && $Object.hasOwnProperty.call(message, "execution"))
                    $root.benchline.v1.Execution.encode(message.execution, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RunExecuted message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.RunExecuted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.RunExecuted & benchline.v1.RunExecuted.$Shape} RunExecuted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunExecuted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.RunExecuted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.request = $root.benchline.v1.RunRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.request);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.provisioning = $root.benchline.v1.Provisioning.decode(reader, reader.size(), $undefined, _depth + 1, message.provisioning);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.execution = $root.benchline.v1.Execution.decode(reader, reader.size(), $undefined, _depth + 1, message.execution);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RunExecuted message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.RunExecuted
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.RunExecuted} RunExecuted
             */
            RunExecuted.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.RunExecuted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.RunExecuted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.RunExecuted();
                if (object.request != null) {
                    if (!$util.isObject(object.request))
                        throw $TypeError(".benchline.v1.RunExecuted.request: object expected");
                    message.request = $root.benchline.v1.RunRequest.fromObject(object.request, _depth + 1);
                }
                if (object.provisioning != null) {
                    if (!$util.isObject(object.provisioning))
                        throw $TypeError(".benchline.v1.RunExecuted.provisioning: object expected");
                    message.provisioning = $root.benchline.v1.Provisioning.fromObject(object.provisioning, _depth + 1);
                }
                if (object.execution != null) {
                    if (!$util.isObject(object.execution))
                        throw $TypeError(".benchline.v1.RunExecuted.execution: object expected");
                    message.execution = $root.benchline.v1.Execution.fromObject(object.execution, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a RunExecuted message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.RunExecuted
             * @static
             * @param {benchline.v1.RunExecuted} message RunExecuted
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunExecuted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.request = null;
                    object.provisioning = null;
                    object.execution = null;
                }
                if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                    object.request = $root.benchline.v1.RunRequest.toObject(message.request, options, _depth + 1);
                if (message.provisioning != null && $Object.hasOwnProperty.call(message, "provisioning"))
                    object.provisioning = $root.benchline.v1.Provisioning.toObject(message.provisioning, options, _depth + 1);
                if (message.execution != null && $Object.hasOwnProperty.call(message, "execution"))
                    object.execution = $root.benchline.v1.Execution.toObject(message.execution, options, _depth + 1);
                return object;
            };

            /**
             * Converts this RunExecuted to JSON.
             * @function toJSON
             * @memberof benchline.v1.RunExecuted
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunExecuted.prototype.toJSON = function() {
                return RunExecuted.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RunExecuted;
        })();

        v1.BenchmarkPublication = (function() {

            /**
             * Properties of a BenchmarkPublication.
             * @typedef {Object} benchline.v1.BenchmarkPublication.$Properties
             * @property {string|null} [name] BenchmarkPublication name
             * @property {number|null} [points] BenchmarkPublication points
             * @property {string|null} [format] BenchmarkPublication format
             * @property {string|null} [error] BenchmarkPublication error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BenchmarkPublication.
             * @memberof benchline.v1
             * @interface IBenchmarkPublication
             * @augments benchline.v1.BenchmarkPublication.$Properties
             * @deprecated Use benchline.v1.BenchmarkPublication.$Properties instead.
             */

            /**
             * Shape of a BenchmarkPublication.
             * @typedef {benchline.v1.BenchmarkPublication.$Properties} benchline.v1.BenchmarkPublication.$Shape
             */

            /**
             * Constructs a new BenchmarkPublication.
             * @memberof benchline.v1
             * @classdesc Represents a BenchmarkPublication.
             * @constructor
             * @param {benchline.v1.BenchmarkPublication.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BenchmarkPublication = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BenchmarkPublication name.
             * @member {string} name
             * @memberof benchline.v1.BenchmarkPublication
             * @instance
             */
            BenchmarkPublication.prototype.name = "";

            /**
             * BenchmarkPublication points.
             * @member {number} points
             * @memberof benchline.v1.BenchmarkPublication
             * @instance
             */
            BenchmarkPublication.prototype.points = 0;

            /**
             * BenchmarkPublication format.
             * @member {string} format
             * @memberof benchline.v1.BenchmarkPublication
             * @instance
             */
            BenchmarkPublication.prototype.format = "";

            /**
             * BenchmarkPublication error.
             * @member {string} error
             * @memberof benchline.v1.BenchmarkPublication
             * @instance
             */
            BenchmarkPublication.prototype.error = "";

            /**
             * Creates a new BenchmarkPublication instance using the specified properties.
             * @function create
             * @memberof benchline.v1.BenchmarkPublication
             * @static
             * @param {benchline.v1.BenchmarkPublication.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.BenchmarkPublication} BenchmarkPublication instance
             * @type {{
             *   (properties: benchline.v1.BenchmarkPublication.$Shape): benchline.v1.BenchmarkPublication & benchline.v1.BenchmarkPublication.$Shape;
             *   (properties?: benchline.v1.BenchmarkPublication.$Properties): benchline.v1.BenchmarkPublication;
             * }}
             */
            BenchmarkPublication.create = function(properties) {
                return new BenchmarkPublication(properties);
            };

            /**
             * Encodes the specified BenchmarkPublication message. Does not implicitly {@link benchline.v1.BenchmarkPublication.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.BenchmarkPublication
             * @static
             * @param {benchline.v1.BenchmarkPublication.$Properties} message BenchmarkPublication message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BenchmarkPublication.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.points != null && $Object.hasOwnProperty.call(message, "points") && message.points !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.points);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.format);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.error);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BenchmarkPublication message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.BenchmarkPublication
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.BenchmarkPublication & benchline.v1.BenchmarkPublication.$Shape} BenchmarkPublication
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BenchmarkPublication.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.BenchmarkPublication();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.points = value;
                            else
                                delete message.points;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error = value;
                            else
                                delete message.error;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a BenchmarkPublication message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.BenchmarkPublication
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.BenchmarkPublication} BenchmarkPublication
             */
            BenchmarkPublication.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.BenchmarkPublication)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.BenchmarkPublication: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.BenchmarkPublication();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.points != null)
                    if ($Number(object.points) !== 0)
                        message.points = object.points >>> 0;
                if (object.format != null)
                    if (typeof object.format !== "string" || object.format.length)
                        message.format = $String(object.format);
                if (object.error != null)
                    if (typeof object.error !== "string" || object.error.length)
                        message.error = $String(object.error);
                return message;
            };

            /**
             * Creates a plain object from a BenchmarkPublication message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.BenchmarkPublication
             * @static
             * @param {benchline.v1.BenchmarkPublication} message BenchmarkPublication
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BenchmarkPublication.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.points = 0;
                    object.format = "";
                    object.error = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.points != null && $Object.hasOwnProperty.call(message, "points"))
                    object.points = message.points;
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = message.format;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = message.error;
                return object;
            };

            /**
             * Converts this BenchmarkPublication to JSON.
             * @function toJSON
             * @memberof benchline.v1.BenchmarkPublication
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BenchmarkPublication.prototype.toJSON = function() {
                return BenchmarkPublication.toObject(this, $protobuf.util.toJSONOptions);
            };

            return BenchmarkPublication;
        })();

        v1.NoiseJudgement = (function() {

            /**
             * Properties of a NoiseJudgement.
             * @typedef {Object} benchline.v1.NoiseJudgement.$Properties
             * @property {boolean|null} [noisy] NoiseJudgement noisy
             * @property {number|null} [canarySeconds] NoiseJudgement canarySeconds
             * @property {number|null} [historyCanaries] NoiseJudgement historyCanaries
             * @property {number|null} [historyMedian] NoiseJudgement historyMedian
             * @property {number|null} [historySpread] NoiseJudgement historySpread
             * @property {number|null} [thresholdSeconds] NoiseJudgement thresholdSeconds
             * @property {string|null} [reason] NoiseJudgement reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NoiseJudgement.
             * @memberof benchline.v1
             * @interface INoiseJudgement
             * @augments benchline.v1.NoiseJudgement.$Properties
             * @deprecated Use benchline.v1.NoiseJudgement.$Properties instead.
             */

            /**
             * Shape of a NoiseJudgement.
             * @typedef {benchline.v1.NoiseJudgement.$Properties} benchline.v1.NoiseJudgement.$Shape
             */

            /**
             * Constructs a new NoiseJudgement.
             * @memberof benchline.v1
             * @classdesc Represents a NoiseJudgement.
             * @constructor
             * @param {benchline.v1.NoiseJudgement.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NoiseJudgement = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NoiseJudgement noisy.
             * @member {boolean} noisy
             * @memberof benchline.v1.NoiseJudgement
             * @instance
             */
            NoiseJudgement.prototype.noisy = false;

            /**
             * NoiseJudgement canarySeconds.
             * @member {number} canarySeconds
             * @memberof benchline.v1.NoiseJudgement
             * @instance
             */
            NoiseJudgement.prototype.canarySeconds = 0;

            /**
             * NoiseJudgement historyCanaries.
             * @member {number} historyCanaries
             * @memberof benchline.v1.NoiseJudgement
             * @instance
             */
            NoiseJudgement.prototype.historyCanaries = 0;

            /**
             * NoiseJudgement historyMedian.
             * @member {number} historyMedian
             * @memberof benchline.v1.NoiseJudgement
             * @instance
             */
            NoiseJudgement.prototype.historyMedian = 0;

            /**
             * NoiseJudgement historySpread.
             * @member {number} historySpread
             * @memberof benchline.v1.NoiseJudgement
             * @instance
             */
            NoiseJudgement.prototype.historySpread = 0;

            /**
             * NoiseJudgement thresholdSeconds.
             * @member {number} thresholdSeconds
             * @memberof benchline.v1.NoiseJudgement
             * @instance
             */
            NoiseJudgement.prototype.thresholdSeconds = 0;

            /**
             * NoiseJudgement reason.
             * @member {string} reason
             * @memberof benchline.v1.NoiseJudgement
             * @instance
             */
            NoiseJudgement.prototype.reason = "";

            /**
             * Creates a new NoiseJudgement instance using the specified properties.
             * @function create
             * @memberof benchline.v1.NoiseJudgement
             * @static
             * @param {benchline.v1.NoiseJudgement.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.NoiseJudgement} NoiseJudgement instance
             * @type {{
             *   (properties: benchline.v1.NoiseJudgement.$Shape): benchline.v1.NoiseJudgement & benchline.v1.NoiseJudgement.$Shape;
             *   (properties?: benchline.v1.NoiseJudgement.$Properties): benchline.v1.NoiseJudgement;
             * }}
             */
            NoiseJudgement.create = function(properties) {
                return new NoiseJudgement(properties);
            };

            /**
             * Encodes the specified NoiseJudgement message. Does not implicitly {@link benchline.v1.NoiseJudgement.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.NoiseJudgement
             * @static
             * @param {benchline.v1.NoiseJudgement.$Properties} message NoiseJudgement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NoiseJudgement.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.noisy != null && $Object.hasOwnProperty.call(message, "noisy") && message.noisy !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.noisy);
                if (message.canarySeconds != null && $Object.hasOwnProperty.call(message, "canarySeconds") && !$Object.is(message.canarySeconds, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.canarySeconds);
                if (message.historyCanaries != null && $Object.hasOwnProperty.call(message, "historyCanaries") && message.historyCanaries !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.historyCanaries);
                if (message.historyMedian != null && $Object.hasOwnProperty.call(message, "historyMedian") && !$Object.is(message.historyMedian, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.historyMedian);
                if (message.historySpread != null && $Object.hasOwnProperty.call(message, "historySpread") && !$Object.is(message.historySpread, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.historySpread);
                if (message.thresholdSeconds != null && $Object.hasOwnProperty.call(message, "thresholdSeconds") && !$Object.is(message.thresholdSeconds, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.thresholdSeconds);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NoiseJudgement message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.NoiseJudgement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.NoiseJudgement & benchline.v1.NoiseJudgement.$Shape} NoiseJudgement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NoiseJudgement.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.NoiseJudgement();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.noisy = value;
                            else
                                delete message.noisy;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.canarySeconds = value;
                            else
                                delete message.canarySeconds;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.historyCanaries = value;
                            else
                                delete message.historyCanaries;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.historyMedian = value;
                            else
                                delete message.historyMedian;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.historySpread = value;
                            else
                                delete message.historySpread;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.thresholdSeconds = value;
                            else
                                delete message.thresholdSeconds;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a NoiseJudgement message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.NoiseJudgement
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.NoiseJudgement} NoiseJudgement
             */
            NoiseJudgement.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.NoiseJudgement)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.NoiseJudgement: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.NoiseJudgement();
                if (object.noisy != null)
                    if (object.noisy)
                        message.noisy = $Boolean(object.noisy);
                if (object.canarySeconds != null)
                    if (!$Object.is($Number(object.canarySeconds), 0))
                        message.canarySeconds = $Number(object.canarySeconds);
                if (object.historyCanaries != null)
                    if ($Number(object.historyCanaries) !== 0)
                        message.historyCanaries = object.historyCanaries >>> 0;
                if (object.historyMedian != null)
                    if (!$Object.is($Number(object.historyMedian), 0))
                        message.historyMedian = $Number(object.historyMedian);
                if (object.historySpread != null)
                    if (!$Object.is($Number(object.historySpread), 0))
                        message.historySpread = $Number(object.historySpread);
                if (object.thresholdSeconds != null)
                    if (!$Object.is($Number(object.thresholdSeconds), 0))
                        message.thresholdSeconds = $Number(object.thresholdSeconds);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a NoiseJudgement message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.NoiseJudgement
             * @static
             * @param {benchline.v1.NoiseJudgement} message NoiseJudgement
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NoiseJudgement.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.noisy = false;
                    object.canarySeconds = 0;
                    object.historyCanaries = 0;
                    object.historyMedian = 0;
                    object.historySpread = 0;
                    object.thresholdSeconds = 0;
                    object.reason = "";
                }
                if (message.noisy != null && $Object.hasOwnProperty.call(message, "noisy"))
                    object.noisy = message.noisy;
                if (message.canarySeconds != null && $Object.hasOwnProperty.call(message, "canarySeconds"))
                    object.canarySeconds = options.json && !$isFinite(message.canarySeconds) ? $String(message.canarySeconds) : message.canarySeconds;
                if (message.historyCanaries != null && $Object.hasOwnProperty.call(message, "historyCanaries"))
                    object.historyCanaries = message.historyCanaries;
                if (message.historyMedian != null && $Object.hasOwnProperty.call(message, "historyMedian"))
                    object.historyMedian = options.json && !$isFinite(message.historyMedian) ? $String(message.historyMedian) : message.historyMedian;
                if (message.historySpread != null && $Object.hasOwnProperty.call(message, "historySpread"))
                    object.historySpread = options.json && !$isFinite(message.historySpread) ? $String(message.historySpread) : message.historySpread;
                if (message.thresholdSeconds != null && $Object.hasOwnProperty.call(message, "thresholdSeconds"))
                    object.thresholdSeconds = options.json && !$isFinite(message.thresholdSeconds) ? $String(message.thresholdSeconds) : message.thresholdSeconds;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this NoiseJudgement to JSON.
             * @function toJSON
             * @memberof benchline.v1.NoiseJudgement
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NoiseJudgement.prototype.toJSON = function() {
                return NoiseJudgement.toObject(this, $protobuf.util.toJSONOptions);
            };

            return NoiseJudgement;
        })();

        v1.EnvironmentChange = (function() {

            /**
             * Properties of an EnvironmentChange.
             * @typedef {Object} benchline.v1.EnvironmentChange.$Properties
             * @property {string|null} [id] EnvironmentChange id
             * @property {string|null} [previousRunId] EnvironmentChange previousRunId
             * @property {Array.<string>|null} [changed] EnvironmentChange changed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EnvironmentChange.
             * @memberof benchline.v1
             * @interface IEnvironmentChange
             * @augments benchline.v1.EnvironmentChange.$Properties
             * @deprecated Use benchline.v1.EnvironmentChange.$Properties instead.
             */

            /**
             * Shape of an EnvironmentChange.
             * @typedef {benchline.v1.EnvironmentChange.$Properties} benchline.v1.EnvironmentChange.$Shape
             */

            /**
             * Constructs a new EnvironmentChange.
             * @memberof benchline.v1
             * @classdesc Represents an EnvironmentChange.
             * @constructor
             * @param {benchline.v1.EnvironmentChange.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EnvironmentChange = function (properties) {
                this.changed = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EnvironmentChange id.
             * @member {string} id
             * @memberof benchline.v1.EnvironmentChange
             * @instance
             */
            EnvironmentChange.prototype.id = "";

            /**
             * EnvironmentChange previousRunId.
             * @member {string} previousRunId
             * @memberof benchline.v1.EnvironmentChange
             * @instance
             */
            EnvironmentChange.prototype.previousRunId = "";

            /**
             * EnvironmentChange changed.
             * @member {Array.<string>} changed
             * @memberof benchline.v1.EnvironmentChange
             * @instance
             */
            EnvironmentChange.prototype.changed = $util.emptyArray;

            /**
             * Creates a new EnvironmentChange instance using the specified properties.
             * @function create
             * @memberof benchline.v1.EnvironmentChange
             * @static
             * @param {benchline.v1.EnvironmentChange.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.EnvironmentChange} EnvironmentChange instance
             * @type {{
             *   (properties: benchline.v1.EnvironmentChange.$Shape): benchline.v1.EnvironmentChange & benchline.v1.EnvironmentChange.$Shape;
             *   (properties?: benchline.v1.EnvironmentChange.$Properties): benchline.v1.EnvironmentChange;
             * }}
             */
            EnvironmentChange.create = function(properties) {
                return new EnvironmentChange(properties);
            };

            /**
             * Encodes the specified EnvironmentChange message. Does not implicitly {@link benchline.v1.EnvironmentChange.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.EnvironmentChange
             * @static
             * @param {benchline.v1.EnvironmentChange.$Properties} message EnvironmentChange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EnvironmentChange.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.previousRunId != null && $Object.hasOwnProperty.call(message, "previousRunId") && message.previousRunId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.previousRunId);
                if (message.changed != null && message.changed.length)
                    for (let i = 0; i < message.changed.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.changed[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EnvironmentChange message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.EnvironmentChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.EnvironmentChange & benchline.v1.EnvironmentChange.$Shape} EnvironmentChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EnvironmentChange.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.EnvironmentChange();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.previousRunId = value;
                            else
                                delete message.previousRunId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.changed && message.changed.length))
                                message.changed = [];
                            message.changed.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an EnvironmentChange message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.EnvironmentChange
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.EnvironmentChange} EnvironmentChange
             */
            EnvironmentChange.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.EnvironmentChange)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.EnvironmentChange: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.EnvironmentChange();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.previousRunId != null)
                    if (typeof object.previousRunId !== "string" || object.previousRunId.length)
                        message.previousRunId = $String(object.previousRunId);
                if (object.changed) {
                    if (!$Array.isArray(object.changed))
                        throw $TypeError(".benchline.v1.EnvironmentChange.changed: array expected");
                    message.changed = $Array(object.changed.length);
                    for (let i = 0; i < object.changed.length; ++i)
                        message.changed[i] = $String(object.changed[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from an EnvironmentChange message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.EnvironmentChange
             * @static
             * @param {benchline.v1.EnvironmentChange} message EnvironmentChange
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EnvironmentChange.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.changed = [];
                if (options.defaults) {
                    object.id = "";
                    object.previousRunId = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.previousRunId != null && $Object.hasOwnProperty.call(message, "previousRunId"))
                    object.previousRunId = message.previousRunId;
                if (message.changed && message.changed.length) {
                    object.changed = $Array(message.changed.length);
                    for (let j = 0; j < message.changed.length; ++j)
                        object.changed[j] = message.changed[j];
                }
                return object;
            };

            /**
             * Converts this EnvironmentChange to JSON.
             * @function toJSON
             * @memberof benchline.v1.EnvironmentChange
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EnvironmentChange.prototype.toJSON = function() {
                return EnvironmentChange.toObject(this, $protobuf.util.toJSONOptions);
            };

            return EnvironmentChange;
        })();

        v1.Publication = (function() {

            /**
             * Properties of a Publication.
             * @typedef {Object} benchline.v1.Publication.$Properties
             * @property {string|null} [cid] Publication cid
             * @property {Array.<benchline.v1.BenchmarkPublication.$Properties>|null} [benchmarks] Publication benchmarks
             * @property {number|null} [points] Publication points
             * @property {string|null} [publishedAt] Publication publishedAt
             * @property {benchline.v1.NoiseJudgement.$Properties|null} [noise] Publication noise
             * @property {benchline.v1.EnvironmentChange.$Properties|null} [environmentChange] Publication environmentChange
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Publication.
             * @memberof benchline.v1
             * @interface IPublication
             * @augments benchline.v1.Publication.$Properties
             * @deprecated Use benchline.v1.Publication.$Properties instead.
             */

            /**
             * Shape of a Publication.
             * @typedef {benchline.v1.Publication.$Properties} benchline.v1.Publication.$Shape
             */

            /**
             * Constructs a new Publication.
             * @memberof benchline.v1
             * @classdesc Represents a Publication.
             * @constructor
             * @param {benchline.v1.Publication.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Publication = function (properties) {
                this.benchmarks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Publication cid.
             * @member {string} cid
             * @memberof benchline.v1.Publication
             * @instance
             */
            Publication.prototype.cid = "";

            /**
             * Publication benchmarks.
             * @member {Array.<benchline.v1.BenchmarkPublication.$Properties>} benchmarks
             * @memberof benchline.v1.Publication
             * @instance
             */
            Publication.prototype.benchmarks = $util.emptyArray;

            /**
             * Publication points.
             * @member {number} points
             * @memberof benchline.v1.Publication
             * @instance
             */
            Publication.prototype.points = 0;

            /**
             * Publication publishedAt.
             * @member {string} publishedAt
             * @memberof benchline.v1.Publication
             * @instance
             */
            Publication.prototype.publishedAt = "";

            /**
             * Publication noise.
             * @member {benchline.v1.NoiseJudgement.$Properties|null|undefined} noise
             * @memberof benchline.v1.Publication
             * @instance
             */
            Publication.prototype.noise = null;

            /**
             * Publication environmentChange.
             * @member {benchline.v1.EnvironmentChange.$Properties|null|undefined} environmentChange
             * @memberof benchline.v1.Publication
             * @instance
             */
            Publication.prototype.environmentChange = null;

            /**
             * Creates a new Publication instance using the specified properties.
             * @function create
             * @memberof benchline.v1.Publication
             * @static
             * @param {benchline.v1.Publication.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.Publication} Publication instance
             * @type {{
             *   (properties: benchline.v1.Publication.$Shape): benchline.v1.Publication & benchline.v1.Publication.$Shape;
             *   (properties?: benchline.v1.Publication.$Properties): benchline.v1.Publication;
             * }}
             */
            Publication.create = function(properties) {
                return new Publication(properties);
            };

            /**
             * Encodes the specified Publication message. Does not implicitly {@link benchline.v1.Publication.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.Publication
             * @static
             * @param {benchline.v1.Publication.$Properties} message Publication message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Publication.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cid != null && $Object.hasOwnProperty.call(message, "cid") && message.cid !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.cid);
                if (message.benchmarks != null && message.benchmarks.length)
                    for (let i = 0; i < message.benchmarks.length; ++i)
                        $root.benchline.v1.BenchmarkPublication.encode(message.benchmarks[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.points != null && $Object.hasOwnProperty.call(message, "points") && message.points !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.points);
                if (message.publishedAt != null && $Object.hasOwnProperty.call(message, "publishedAt") && message.publishedAt !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.publishedAt);
                if (message.noise != null && $Object.hasOwnProperty.call(message, "noise"))
                    $root.benchline.v1.NoiseJudgement.encode(message.noise, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.environmentChange != null && $Object.hasOwnProperty.call(message, "environmentChange"))
                    $root.benchline.v1.EnvironmentChange.encode(message.environmentChange, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Publication message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.Publication
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.Publication & benchline.v1.Publication.$Shape} Publication
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Publication.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.Publication();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cid = value;
                            else
                                delete message.cid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.benchmarks && message.benchmarks.length))
                                message.benchmarks = [];
                            message.benchmarks.push($root.benchline.v1.BenchmarkPublication.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.points = value;
                            else
                                delete message.points;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.publishedAt = value;
                            else
                                delete message.publishedAt;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.noise = $root.benchline.v1.NoiseJudgement.decode(reader, reader.size(), $undefined, _depth + 1, message.noise);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.environmentChange = $root.benchline.v1.EnvironmentChange.decode(reader, reader.size(), $undefined, _depth + 1, message.environmentChange);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Publication message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.Publication
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.Publication} Publication
             */
            Publication.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.Publication)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.Publication: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.Publication();
                if (object.cid != null)
                    if (typeof object.cid !== "string" || object.cid.length)
                        message.cid = $String(object.cid);
                if (object.benchmarks) {
                    if (!$Array.isArray(object.benchmarks))
                        throw $TypeError(".benchline.v1.Publication.benchmarks: array expected");
                    message.benchmarks = $Array(object.benchmarks.length);
                    for (let i = 0; i < object.benchmarks.length; ++i) {
                        if (!$util.isObject(object.benchmarks[i]))
                            throw $TypeError(".benchline.v1.Publication.benchmarks: object expected");
                        message.benchmarks[i] = $root.benchline.v1.BenchmarkPublication.fromObject(object.benchmarks[i], _depth + 1);
                    }
                }
                if (object.points != null)
                    if ($Number(object.points) !== 0)
                        message.points = object.points >>> 0;
                if (object.publishedAt != null)
                    if (typeof object.publishedAt !== "string" || object.publishedAt.length)
                        message.publishedAt = $String(object.publishedAt);
                if (object.noise != null) {
                    if (!$util.isObject(object.noise))
                        throw $TypeError(".benchline.v1.Publication.noise: object expected");
                    message.noise = $root.benchline.v1.NoiseJudgement.fromObject(object.noise, _depth + 1);
                }
                if (object.environmentChange != null) {
                    if (!$util.isObject(object.environmentChange))
                        throw $TypeError(".benchline.v1.Publication.environmentChange: object expected");
                    message.environmentChange = $root.benchline.v1.EnvironmentChange.fromObject(object.environmentChange, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Publication message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.Publication
             * @static
             * @param {benchline.v1.Publication} message Publication
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Publication.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.benchmarks = [];
                if (options.defaults) {
                    object.cid = "";
                    object.points = 0;
                    object.publishedAt = "";
                    object.noise = null;
                    object.environmentChange = null;
                }
                if (message.cid != null && $Object.hasOwnProperty.call(message, "cid"))
                    object.cid = message.cid;
                if (message.benchmarks && message.benchmarks.length) {
                    object.benchmarks = $Array(message.benchmarks.length);
                    for (let j = 0; j < message.benchmarks.length; ++j)
                        object.benchmarks[j] = $root.benchline.v1.BenchmarkPublication.toObject(message.benchmarks[j], options, _depth + 1);
                }
                if (message.points != null && $Object.hasOwnProperty.call(message, "points"))
                    object.points = message.points;
                if (message.publishedAt != null && $Object.hasOwnProperty.call(message, "publishedAt"))
                    object.publishedAt = message.publishedAt;
                if (message.noise != null && $Object.hasOwnProperty.call(message, "noise"))
                    object.noise = $root.benchline.v1.NoiseJudgement.toObject(message.noise, options, _depth + 1);
                if (message.environmentChange != null && $Object.hasOwnProperty.call(message, "environmentChange"))
                    object.environmentChange = $root.benchline.v1.EnvironmentChange.toObject(message.environmentChange, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Publication to JSON.
             * @function toJSON
             * @memberof benchline.v1.Publication
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Publication.prototype.toJSON = function() {
                return Publication.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Publication;
        })();

        v1.RunPublished = (function() {

            /**
             * Properties of a RunPublished.
             * @typedef {Object} benchline.v1.RunPublished.$Properties
             * @property {benchline.v1.RunRequest.$Properties|null} [request] RunPublished request
             * @property {benchline.v1.Provisioning.$Properties|null} [provisioning] RunPublished provisioning
             * @property {benchline.v1.Execution.$Properties|null} [execution] RunPublished execution
             * @property {benchline.v1.Publication.$Properties|null} [publication] RunPublished publication
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunPublished.
             * @memberof benchline.v1
             * @interface IRunPublished
             * @augments benchline.v1.RunPublished.$Properties
             * @deprecated Use benchline.v1.RunPublished.$Properties instead.
             */

            /**
             * Shape of a RunPublished.
             * @typedef {benchline.v1.RunPublished.$Properties} benchline.v1.RunPublished.$Shape
             */

            /**
             * Constructs a new RunPublished.
             * @memberof benchline.v1
             * @classdesc Represents a RunPublished.
             * @constructor
             * @param {benchline.v1.RunPublished.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunPublished = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunPublished request.
             * @member {benchline.v1.RunRequest.$Properties|null|undefined} request
             * @memberof benchline.v1.RunPublished
             * @instance
             */
            RunPublished.prototype.request = null;

            /**
             * RunPublished provisioning.
             * @member {benchline.v1.Provisioning.$Properties|null|undefined} provisioning
             * @memberof benchline.v1.RunPublished
             * @instance
             */
            RunPublished.prototype.provisioning = null;

            /**
             * RunPublished execution.
             * @member {benchline.v1.Execution.$Properties|null|undefined} execution
             * @memberof benchline.v1.RunPublished
             * @instance
             */
            RunPublished.prototype.execution = null;

            /**
             * RunPublished publication.
             * @member {benchline.v1.Publication.$Properties|null|undefined} publication
             * @memberof benchline.v1.RunPublished
             * @instance
             */
            RunPublished.prototype.publication = null;

            /**
             * Creates a new RunPublished instance using the specified properties.
             * @function create
             * @memberof benchline.v1.RunPublished
             * @static
             * @param {benchline.v1.RunPublished.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.RunPublished} RunPublished instance
             * @type {{
             *   (properties: benchline.v1.RunPublished.$Shape): benchline.v1.RunPublished & benchline.v1.RunPublished.$Shape;
             *   (properties?: benchline.v1.RunPublished.$Properties): benchline.v1.RunPublished;
             * }}
             */
            RunPublished.create = function(properties) {
                return new RunPublished(properties);
            };

            /**
             * Encodes the specified RunPublished message. Does not implicitly {@link benchline.v1.RunPublished.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.RunPublished
             * @static
             * @param {benchline.v1.RunPublished.$Properties} message RunPublished message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunPublished.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                    $root.benchline.v1.RunRequest.encode(message.request, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.provisioning != null && $Object.hasOwnProperty.call(message, "provisioning"))
                    $root.benchline.v1.Provisioning.encode(message.provisioning, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.execution != null && $Object.hasOwnProperty.call(message, "execution"))
                    $root.benchline.v1.Execution.encode(message.execution, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.publication != null && $Object.hasOwnProperty.call(message, "publication"))
                    $root.benchline.v1.Publication.encode(message.publication, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RunPublished message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.RunPublished
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.RunPublished & benchline.v1.RunPublished.$Shape} RunPublished
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunPublished.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.RunPublished();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.request = $root.benchline.v1.RunRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.request);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.provisioning = $root.benchline.v1.Provisioning.decode(reader, reader.size(), $undefined, _depth + 1, message.provisioning);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.execution = $root.benchline.v1.Execution.decode(reader, reader.size(), $undefined, _depth + 1, message.execution);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.publication = $root.benchline.v1.Publication.decode(reader, reader.size(), $undefined, _depth + 1, message.publication);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RunPublished message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.RunPublished
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.RunPublished} RunPublished
             */
            RunPublished.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.RunPublished)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.RunPublished: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.RunPublished();
                if (object.request != null) {
                    if (!$util.isObject(object.request))
                        throw $TypeError(".benchline.v1.RunPublished.request: object expected");
                    message.request = $root.benchline.v1.RunRequest.fromObject(object.request, _depth + 1);
                }
                if (object.provisioning != null) {
                    if (!$util.isObject(object.provisioning))
                        throw $TypeError(".benchline.v1.RunPublished.provisioning: object expected");
                    message.provisioning = $root.benchline.v1.Provisioning.fromObject(object.provisioning, _depth + 1);
                }
                if (object.execution != null) {
                    if (!$util.isObject(object.execution))
                        throw $TypeError(".benchline.v1.RunPublished.execution: object expected");
                    message.execution = $root.benchline.v1.Execution.fromObject(object.execution, _depth + 1);
                }
                if (object.publication != null) {
                    if (!$util.isObject(object.publication))
                        throw $TypeError(".benchline.v1.RunPublished.publication: object expected");
                    message.publication = $root.benchline.v1.Publication.fromObject(object.publication, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a RunPublished message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.RunPublished
             * @static
             * @param {benchline.v1.RunPublished} message RunPublished
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunPublished.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.request = null;
                    object.provisioning = null;
                    object.execution = null;
                    object.publication = null;
                }
                if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                    object.request = $root.benchline.v1.RunRequest.toObject(message.request, options, _depth + 1);
                if (message.provisioning != null && $Object.hasOwnProperty.call(message, "provisioning"))
                    object.provisioning = $root.benchline.v1.Provisioning.toObject(message.provisioning, options, _depth + 1);
                if (message.execution != null && $Object.hasOwnProperty.call(message, "execution"))
                    object.execution = $root.benchline.v1.Execution.toObject(message.execution, options, _depth + 1);
                if (message.publication != null && $Object.hasOwnProperty.call(message, "publication"))
                    object.publication = $root.benchline.v1.Publication.toObject(message.publication, options, _depth + 1);
                return object;
            };

            /**
             * Converts this RunPublished to JSON.
             * @function toJSON
             * @memberof benchline.v1.RunPublished
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunPublished.prototype.toJSON = function() {
                return RunPublished.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RunPublished;
        })();

        /**
         * Stage enum.
         * @name benchline.v1.Stage
         * @enum {number}
         * @property {number} STAGE_UNSPECIFIED=0 STAGE_UNSPECIFIED value
         * @property {number} STAGE_REQUEST=1 STAGE_REQUEST value
         * @property {number} STAGE_PROVISION=2 STAGE_PROVISION value
         * @property {number} STAGE_EXECUTE=3 STAGE_EXECUTE value
         * @property {number} STAGE_PUBLISH=4 STAGE_PUBLISH value
         * @property {number} STAGE_ANALYZE=5 STAGE_ANALYZE value
         */
        v1.Stage = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "STAGE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "STAGE_REQUEST"] = 1;
            values[valuesById[2] = "STAGE_PROVISION"] = 2;
            values[valuesById[3] = "STAGE_EXECUTE"] = 3;
            values[valuesById[4] = "STAGE_PUBLISH"] = 4;
            values[valuesById[5] = "STAGE_ANALYZE"] = 5;
            return values;
        })();

        v1.RunFailed = (function() {

            /**
             * Properties of a RunFailed.
             * @typedef {Object} benchline.v1.RunFailed.$Properties
             * @property {benchline.v1.RunRequest.$Properties|null} [request] RunFailed request
             * @property {benchline.v1.Stage|null} [stage] RunFailed stage
             * @property {string|null} [reason] RunFailed reason
             * @property {string|null} [detail] RunFailed detail
             * @property {string|null} [failedAt] RunFailed failedAt
             * @property {benchline.v1.Provisioning.$Properties|null} [provisioning] RunFailed provisioning
             * @property {benchline.v1.Execution.$Properties|null} [execution] RunFailed execution
             * @property {string|null} [code] RunFailed code
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunFailed.
             * @memberof benchline.v1
             * @interface IRunFailed
             * @augments benchline.v1.RunFailed.$Properties
             * @deprecated Use benchline.v1.RunFailed.$Properties instead.
             */

            /**
             * Shape of a RunFailed.
             * @typedef {benchline.v1.RunFailed.$Properties} benchline.v1.RunFailed.$Shape
             */

            /**
             * Constructs a new RunFailed.
             * @memberof benchline.v1
             * @classdesc Represents a RunFailed.
             * @constructor
             * @param {benchline.v1.RunFailed.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunFailed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunFailed request.
             * @member {benchline.v1.RunRequest.$Properties|null|undefined} request
             * @memberof benchline.v1.RunFailed
             * @instance
             */
            RunFailed.prototype.request = null;

            /**
             * RunFailed stage.
             * @member {benchline.v1.Stage} stage
             * @memberof benchline.v1.RunFailed
             * @instance
             */
            RunFailed.prototype.stage = 0;

            /**
             * RunFailed reason.
             * @member {string} reason
             * @memberof benchline.v1.RunFailed
             * @instance
             */
            RunFailed.prototype.reason = "";

            /**
             * RunFailed detail.
             * @member {string} detail
             * @memberof benchline.v1.RunFailed
             * @instance
             */
            RunFailed.prototype.detail = "";

            /**
             * RunFailed failedAt.
             * @member {string} failedAt
             * @memberof benchline.v1.RunFailed
             * @instance
             */
            RunFailed.prototype.failedAt = "";

            /**
             * RunFailed provisioning.
             * @member {benchline.v1.Provisioning.$Properties|null|undefined} provisioning
             * @memberof benchline.v1.RunFailed
             * @instance
             */
            RunFailed.prototype.provisioning = null;

            /**
             * RunFailed execution.
             * @member {benchline.v1.Execution.$Properties|null|undefined} execution
             * @memberof benchline.v1.RunFailed
             * @instance
             */
            RunFailed.prototype.execution = null;

            /**
             * RunFailed code.
             * @member {string} code
             * @memberof benchline.v1.RunFailed
             * @instance
             */
            RunFailed.prototype.code = "";

            /**
             * Creates a new RunFailed instance using the specified properties.
             * @function create
             * @memberof benchline.v1.RunFailed
             * @static
             * @param {benchline.v1.RunFailed.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.RunFailed} RunFailed instance
             * @type {{
             *   (properties: benchline.v1.RunFailed.$Shape): benchline.v1.RunFailed & benchline.v1.RunFailed.$Shape;
             *   (properties?: benchline.v1.RunFailed.$Properties): benchline.v1.RunFailed;
             * }}
             */
            RunFailed.create = function(properties) {
                return new RunFailed(properties);
            };

            /**
             * Encodes the specified RunFailed message. Does not implicitly {@link benchline.v1.RunFailed.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.RunFailed
             * @static
             * @param {benchline.v1.RunFailed.$Properties} message RunFailed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunFailed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                    $root.benchline.v1.RunRequest.encode(message.request, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage") && message.stage !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.stage);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.detail);
                if (message.failedAt != null && $Object.hasOwnProperty.call(message, "failedAt") && message.failedAt !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.failedAt);
                if (message.provisioning != null && $Object.hasOwnProperty.call(message, "provisioning"))
                    $root.benchline.v1.Provisioning.encode(message.provisioning, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.execution != null && $Object.hasOwnProperty.call(message, "execution"))
                    $root.benchline.v1.Execution.encode(message.execution, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.code);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RunFailed message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.RunFailed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.RunFailed & benchline.v1.RunFailed.$Shape} RunFailed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunFailed.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.RunFailed();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.request = $root.benchline.v1.RunRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.request);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.stage = value;
                            else
                                delete message.stage;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.failedAt = value;
                            else
                                delete message.failedAt;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.provisioning = $root.benchline.v1.Provisioning.decode(reader, reader.size(), $undefined, _depth + 1, message.provisioning);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.execution = $root.benchline.v1.Execution.decode(reader, reader.size(), $undefined, _depth + 1, message.execution);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RunFailed message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.RunFailed
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.RunFailed} RunFailed
             */
            RunFailed.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.RunFailed)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.RunFailed: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.RunFailed();
                if (object.request != null) {
                    if (!$util.isObject(object.request))
                        throw $TypeError(".benchline.v1.RunFailed.request: object expected");
                    message.request = $root.benchline.v1.RunRequest.fromObject(object.request, _depth + 1);
                }
                if (object.stage !== 0 && (typeof object.stage !== "string" || $root.benchline.v1.Stage[object.stage] !== 0))
                    switch (object.stage) {
                    case "STAGE_UNSPECIFIED":
                    case 0:
                        message.stage = 0;
                        break;
                    case "STAGE_REQUEST":
                    case 1:
                        message.stage = 1;
                        break;
                    case "STAGE_PROVISION":
                    case 2:
                        message.stage = 2;
                        break;
                    case "STAGE_EXECUTE":
                    case 3:
                        message.stage = 3;
                        break;
                    case "STAGE_PUBLISH":
                    case 4:
                        message.stage = 4;
                        break;
                    case "STAGE_ANALYZE":
                    case 5:
                        message.stage = 5;
                        break;
                    default:
                        if (typeof object.stage === "number" && (object.stage | 0) === object.stage)
                            message.stage = object.stage;
                    }
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.detail != null)
                    if (typeof object.detail !== "string" || object.detail.length)
                        message.detail = $String(object.detail);
                if (object.failedAt != null)
                    if (typeof object.failedAt !== "string" || object.failedAt.length)
                        message.failedAt = $String(object.failedAt);
                if (object.provisioning != null) {
                    if (!$util.isObject(object.provisioning))
                        throw $TypeError(".benchline.v1.RunFailed.provisioning: object expected");
                    message.provisioning = $root.benchline.v1.Provisioning.fromObject(object.provisioning, _depth + 1);
                }
                if (object.execution != null) {
                    if (!$util.isObject(object.execution))
                        throw $TypeError(".benchline.v1.RunFailed.execution: object expected");
                    message.execution = $root.benchline.v1.Execution.fromObject(object.execution, _depth + 1);
                }
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                return message;
            };

            /**
             * Creates a plain object from a RunFailed message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.RunFailed
             * @static
             * @param {benchline.v1.RunFailed} message RunFailed
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunFailed.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.request = null;
                    object.stage = options.enums === $String ? "STAGE_UNSPECIFIED" : 0;
                    object.reason = "";
                    object.detail = "";
                    object.failedAt = "";
                    object.provisioning = null;
                    object.execution = null;
                    object.code = "";
                }
                if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                    object.request = $root.benchline.v1.RunRequest.toObject(message.request, options, _depth + 1);
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage"))
                    object.stage = options.enums === $String ? $root.benchline.v1.Stage[message.stage] === $undefined ? message.stage : $root.benchline.v1.Stage[message.stage] : message.stage;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    object.detail = message.detail;
                if (message.failedAt != null && $Object.hasOwnProperty.call(message, "failedAt"))
                    object.failedAt = message.failedAt;
                if (message.provisioning != null && $Object.hasOwnProperty.call(message, "provisioning"))
                    object.provisioning = $root.benchline.v1.Provisioning.toObject(message.provisioning, options, _depth + 1);
                if (message.execution != null && $Object.hasOwnProperty.call(message, "execution"))
                    object.execution = $root.benchline.v1.Execution.toObject(message.execution, options, _depth + 1);
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                return object;
            };

            /**
             * Converts this RunFailed to JSON.
             * @function toJSON
             * @memberof benchline.v1.RunFailed
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunFailed.prototype.toJSON = function() {
                return RunFailed.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RunFailed;
        })();

        /**
         * Verdict enum.
         * @name benchline.v1.Verdict
         * @enum {number}
         * @property {number} VERDICT_UNSPECIFIED=0 VERDICT_UNSPECIFIED value
         * @property {number} VERDICT_REGRESSION=1 VERDICT_REGRESSION value
         * @property {number} VERDICT_IMPROVEMENT=2 VERDICT_IMPROVEMENT value
         * @property {number} VERDICT_UNCHANGED=3 VERDICT_UNCHANGED value
         * @property {number} VERDICT_INSUFFICIENT_HISTORY=4 VERDICT_INSUFFICIENT_HISTORY value
         * @property {number} VERDICT_SKIPPED=5 VERDICT_SKIPPED value
         */
        v1.Verdict = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "VERDICT_UNSPECIFIED"] = 0;
            values[valuesById[1] = "VERDICT_REGRESSION"] = 1;
            values[valuesById[2] = "VERDICT_IMPROVEMENT"] = 2;
            values[valuesById[3] = "VERDICT_UNCHANGED"] = 3;
            values[valuesById[4] = "VERDICT_INSUFFICIENT_HISTORY"] = 4;
            values[valuesById[5] = "VERDICT_SKIPPED"] = 5;
            return values;
        })();

        v1.SeriesKey = (function() {

            /**
             * Properties of a SeriesKey.
             * @typedef {Object} benchline.v1.SeriesKey.$Properties
             * @property {string|null} [suite] SeriesKey suite
             * @property {string|null} [benchmark] SeriesKey benchmark
             * @property {string|null} ["case"] SeriesKey case
             * @property {string|null} [metric] SeriesKey metric
             * @property {string|null} [unit] SeriesKey unit
             * @property {string|null} [minion] SeriesKey minion
             * @property {Object.<string,string>|null} [params] SeriesKey params
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SeriesKey.
             * @memberof benchline.v1
             * @interface ISeriesKey
             * @augments benchline.v1.SeriesKey.$Properties
             * @deprecated Use benchline.v1.SeriesKey.$Properties instead.
             */

            /**
             * Shape of a SeriesKey.
             * @typedef {benchline.v1.SeriesKey.$Properties} benchline.v1.SeriesKey.$Shape
             */

            /**
             * Constructs a new SeriesKey.
             * @memberof benchline.v1
             * @classdesc Represents a SeriesKey.
             * @constructor
             * @param {benchline.v1.SeriesKey.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SeriesKey = function (properties) {
                this.params = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SeriesKey suite.
             * @member {string} suite
             * @memberof benchline.v1.SeriesKey
             * @instance
             */
            SeriesKey.prototype.suite = "";

            /**
             * SeriesKey benchmark.
             * @member {string} benchmark
             * @memberof benchline.v1.SeriesKey
             * @instance
             */
            SeriesKey.prototype.benchmark = "";

            /**
             * SeriesKey case.
             * @member {string} case
             * @memberof benchline.v1.SeriesKey
             * @instance
             */
            SeriesKey.prototype["case"] = "";

            /**
             * SeriesKey metric.
             * @member {string} metric
             * @memberof benchline.v1.SeriesKey
             * @instance
             */
            SeriesKey.prototype.metric = "";

            /**
             * SeriesKey unit.
             * @member {string} unit
             * @memberof benchline.v1.SeriesKey
             * @instance
             */
            SeriesKey.prototype.unit = "";

            /**
             * SeriesKey minion.
             * @member {string} minion
             * @memberof benchline.v1.SeriesKey
             * @instance
             */
            SeriesKey.prototype.minion = "";

            /**
             * SeriesKey params.
             * @member {Object.<string,string>} params
             * @memberof benchline.v1.SeriesKey
             * @instance
             */
            SeriesKey.prototype.params = $util.emptyObject;

            /**
             * Creates a new SeriesKey instance using the specified properties.
             * @function create
             * @memberof benchline.v1.SeriesKey
             * @static
             * @param {benchline.v1.SeriesKey.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.SeriesKey} SeriesKey instance
             * @type {{
             *   (properties: benchline.v1.SeriesKey.$Shape): benchline.v1.SeriesKey & benchline.v1.SeriesKey.$Shape;
             *   (properties?: benchline.v1.SeriesKey.$Properties): benchline.v1.SeriesKey;
             * }}
             */
            SeriesKey.create = function(properties) {
                return new SeriesKey(properties);
            };

            /**
             * Encodes the specified SeriesKey message. Does not implicitly {@link benchline.v1.SeriesKey.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.SeriesKey
             * @static
             * @param {benchline.v1.SeriesKey.$Properties} message SeriesKey message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SeriesKey.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.suite != null && $Object.hasOwnProperty.call(message, "suite") && message.suite !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.suite);
                if (message.benchmark != null && $Object.hasOwnProperty.call(message, "benchmark") && message.benchmark !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.benchmark);
                if (message["case"] != null && $Object.hasOwnProperty.call(message, "case") && message["case"] !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message["case"]);
                if (message.metric != null && $Object.hasOwnProperty.call(message, "metric") && message.metric !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.metric);
                if (message.unit != null && $Object.hasOwnProperty.call(message, "unit") && message.unit !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.unit);
                if (message.minion != null && $Object.hasOwnProperty.call(message, "minion") && message.minion !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.minion);
                if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                    for (let keys = $Object.keys(message.params), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.params[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SeriesKey message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.SeriesKey
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.SeriesKey & benchline.v1.SeriesKey.$Shape} SeriesKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SeriesKey.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.SeriesKey();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.suite = value;
                            else
                                delete message.suite;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.benchmark = value;
                            else
                                delete message.benchmark;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message["case"] = value;
                            else
                                delete message["case"];
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.metric = value;
                            else
                                delete message.metric;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.unit = value;
                            else
                                delete message.unit;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.minion = value;
                            else
                                delete message.minion;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (message.params === $util.emptyObject)
                                message.params = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.params, key);
                            message.params[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SeriesKey message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.SeriesKey
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.SeriesKey} SeriesKey
             */
            SeriesKey.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.SeriesKey)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.SeriesKey: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.SeriesKey();
                if (object.suite != null)
                    if (typeof object.suite !== "string" || object.suite.length)
                        message.suite = $String(object.suite);
                if (object.benchmark != null)
                    if (typeof object.benchmark !== "string" || object.benchmark.length)
                        message.benchmark = $String(object.benchmark);
                if (object["case"] != null)
                    if (typeof object["case"] !== "string" || object["case"].length)
                        message["case"] = $String(object["case"]);
                if (object.metric != null)
                    if (typeof object.metric !== "string" || object.metric.length)
                        message.metric = $String(object.metric);
                if (object.unit != null)
                    if (typeof object.unit !== "string" || object.unit.length)
                        message.unit = $String(object.unit);
                if (object.minion != null)
                    if (typeof object.minion !== "string" || object.minion.length)
                        message.minion = $String(object.minion);
                if (object.params) {
                    if (!$util.isObject(object.params))
                        throw $TypeError(".benchline.v1.SeriesKey.params: object expected");
                    message.params = {};
                    for (let keys = $Object.keys(object.params), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.params, keys[i]);
                        message.params[keys[i]] = $String(object.params[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a SeriesKey message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.SeriesKey
             * @static
             * @param {benchline.v1.SeriesKey} message SeriesKey
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SeriesKey.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.params = {};
                if (options.defaults) {
                    object.suite = "";
                    object.benchmark = "";
                    object["case"] = "";
                    object.metric = "";
                    object.unit = "";
                    object.minion = "";
                }
                if (message.suite != null && $Object.hasOwnProperty.call(message, "suite"))
                    object.suite = message.suite;
                if (message.benchmark != null && $Object.hasOwnProperty.call(message, "benchmark"))
                    object.benchmark = message.benchmark;
                if (message["case"] != null && $Object.hasOwnProperty.call(message, "case"))
                    object["case"] = message["case"];
                if (message.metric != null && $Object.hasOwnProperty.call(message, "metric"))
                    object.metric = message.metric;
                if (message.unit != null && $Object.hasOwnProperty.call(message, "unit"))
                    object.unit = message.unit;
                if (message.minion != null && $Object.hasOwnProperty.call(message, "minion"))
                    object.minion = message.minion;
                let keys2;
                if (message.params && (keys2 = $Object.keys(message.params)).length) {
                    object.params = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.params, keys2[j]);
                        object.params[keys2[j]] = message.params[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this SeriesKey to JSON.
             * @function toJSON
             * @memberof benchline.v1.SeriesKey
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SeriesKey.prototype.toJSON = function() {
                return SeriesKey.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SeriesKey;
        })();

        v1.SeriesVerdict = (function() {

            /**
             * Properties of a SeriesVerdict.
             * @typedef {Object} benchline.v1.SeriesVerdict.$Properties
             * @property {benchline.v1.SeriesKey.$Properties|null} [series] SeriesVerdict series
             * @property {benchline.v1.Verdict|null} [verdict] SeriesVerdict verdict
             * @property {number|null} [value] SeriesVerdict value
             * @property {number|null} [baseline] SeriesVerdict baseline
             * @property {number|null} [changePercent] SeriesVerdict changePercent
             * @property {number|null} [ciLowerPercent] SeriesVerdict ciLowerPercent
             * @property {number|null} [ciUpperPercent] SeriesVerdict ciUpperPercent
             * @property {number|null} [confidence] SeriesVerdict confidence
             * @property {string|null} [direction] SeriesVerdict direction
             * @property {number|null} [baselinePoints] SeriesVerdict baselinePoints
             * @property {string|null} [baselineFromCommit] SeriesVerdict baselineFromCommit
             * @property {string|null} [baselineToCommit] SeriesVerdict baselineToCommit
             * @property {number|null} [pointsNeeded] SeriesVerdict pointsNeeded
             * @property {Array.<string>|null} [changeIds] SeriesVerdict changeIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SeriesVerdict.
             * @memberof benchline.v1
             * @interface ISeriesVerdict
             * @augments benchline.v1.SeriesVerdict.$Properties
             * @deprecated Use benchline.v1.SeriesVerdict.$Properties instead.
             */

            /**
             * Shape of a SeriesVerdict.
             * @typedef {benchline.v1.SeriesVerdict.$Properties} benchline.v1.SeriesVerdict.$Shape
             */

            /**
             * Constructs a new SeriesVerdict.
             * @memberof benchline.v1
             * @classdesc Represents a SeriesVerdict.
             * @constructor
             * @param {benchline.v1.SeriesVerdict.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SeriesVerdict = function (properties) {
                this.changeIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SeriesVerdict series.
             * @member {benchline.v1.SeriesKey.$Properties|null|undefined} series
             * @memberof benchline.v1.SeriesVerdict
             * @instance
             */
            SeriesVerdict.prototype.series = null;

            /**
             * SeriesVerdict verdict.
             * @member {benchline.v1.Verdict} verdict
             * @memberof benchline.v1.SeriesVerdict
             * @instance
             */
            SeriesVerdict.prototype.verdict = 0;

            /**
             * SeriesVerdict value.
             * @member {number} value
             * @memberof benchline.v1.SeriesVerdict
             * @instance
             */
            SeriesVerdict.prototype.value = 0;

            /**
             * SeriesVerdict baseline.
             * @member {number} baseline
             * @memberof benchline.v1.SeriesVerdict
             * @instance
             */
            SeriesVerdict.prototype.baseline = 0;

            /**
             * SeriesVerdict changePercent.
             * @member {number} changePercent
             * @memberof benchline.v1.SeriesVerdict
             * @instance
             */
            SeriesVerdict.prototype.changePercent = 0;

            /**
             * SeriesVerdict ciLowerPercent.
             * @member {number} ciLowerPercent
             * @memberof benchline.v1.SeriesVerdict
             * @instance
             */
            SeriesVerdict.prototype.ciLowerPercent = 0;

            /**
             * SeriesVerdict ciUpperPercent.
             * @member {number} ciUpperPercent
             * @memberof benchline.v1.SeriesVerdict
             * @instance
             */
            SeriesVerdict.prototype.ciUpperPercent = 0;

            /**
             * SeriesVerdict confidence.
             * @member {number} confidence
             * @memberof benchline.v1.SeriesVerdict
             * @instance
             */
            SeriesVerdict.prototype.confidence = 0;

            /**
             * SeriesVerdict direction.
             * @member {string} direction
             * @memberof benchline.v1.SeriesVerdict
             * @instance
             */
            SeriesVerdict.prototype.direction = "";

            /**
             * SeriesVerdict baselinePoints.
             * @member {number} baselinePoints
             * @memberof benchline.v1.SeriesVerdict
             * @instance
             */
            SeriesVerdict.prototype.baselinePoints = 0;

            /**
             * SeriesVerdict baselineFromCommit.
             * @member {string} baselineFromCommit
             * @memberof benchline.v1.SeriesVerdict
             * @instance
             */
            SeriesVerdict.prototype.baselineFromCommit = "";

            /**
             * SeriesVerdict baselineToCommit.
             * @member {string} baselineToCommit
             * @memberof benchline.v1.SeriesVerdict
             * @instance
             */
            SeriesVerdict.prototype.baselineToCommit = "";

            /**
             * SeriesVerdict pointsNeeded.
             * @member {number} pointsNeeded
             * @memberof benchline.v1.SeriesVerdict
             * @instance
             */
            SeriesVerdict.prototype.pointsNeeded = 0;

            /**
             * SeriesVerdict changeIds.
             * @member {Array.<string>} changeIds
             * @memberof benchline.v1.SeriesVerdict
             * @instance
             */
            SeriesVerdict.prototype.changeIds = $util.emptyArray;

            /**
             * Creates a new SeriesVerdict instance using the specified properties.
             * @function create
             * @memberof benchline.v1.SeriesVerdict
             * @static
             * @param {benchline.v1.SeriesVerdict.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.SeriesVerdict} SeriesVerdict instance
             * @type {{
             *   (properties: benchline.v1.SeriesVerdict.$Shape): benchline.v1.SeriesVerdict & benchline.v1.SeriesVerdict.$Shape;
             *   (properties?: benchline.v1.SeriesVerdict.$Properties): benchline.v1.SeriesVerdict;
             * }}
             */
            SeriesVerdict.create = function(properties) {
                return new SeriesVerdict(properties);
            };

            /**
             * Encodes the specified SeriesVerdict message. Does not implicitly {@link benchline.v1.SeriesVerdict.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.SeriesVerdict
             * @static
             * @param {benchline.v1.SeriesVerdict.$Properties} message SeriesVerdict message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SeriesVerdict.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.series != null && $Object.hasOwnProperty.call(message, "series"))
                    $root.benchline.v1.SeriesKey.encode(message.series, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.verdict != null && $Object.hasOwnProperty.call(message, "verdict") && message.verdict !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.verdict);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.value);
                if (message.baseline != null && $Object.hasOwnProperty.call(message, "baseline") && !$Object.is(message.baseline, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.baseline);
                if (message.changePercent != null && $Object.hasOwnProperty.call(message, "changePercent") && !$Object.is(message.changePercent, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.changePercent);
                if (message.ciLowerPercent != null && $Object.hasOwnProperty.call(message, "ciLowerPercent") && !$Object.is(message.ciLowerPercent, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.ciLowerPercent);
                if (message.ciUpperPercent != null && $Object.hasOwnProperty.call(message, "ciUpperPercent") && !$Object.is(message.ciUpperPercent, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.ciUpperPercent);
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence") && !$Object.is(message.confidence, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.confidence);
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction") && message.direction !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.direction);
                if (message.baselinePoints != null && $Object.hasOwnProperty.call(message, "baselinePoints") && message.baselinePoints !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.baselinePoints);
                if (message.baselineFromCommit != null && $Object.hasOwnProperty.call(message, "baselineFromCommit") && message.baselineFromCommit !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.baselineFromCommit);
                if (message.baselineToCommit != null && $Object.hasOwnProperty.call(message, "baselineToCommit") && message.baselineToCommit !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.baselineToCommit);
                if (message.pointsNeeded != null && $Object.hasOwnProperty.call(message, "pointsNeeded") && message.pointsNeeded !== 0)
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.pointsNeeded);
                if (message.changeIds != null && message.changeIds.length)
                    for (let i = 0; i < message.changeIds.length; ++i)
                        writer.uint32(/* id 14, wireType 2 =*/114).string(message.changeIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SeriesVerdict message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.SeriesVerdict
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.SeriesVerdict & benchline.v1.SeriesVerdict.$Shape} SeriesVerdict
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SeriesVerdict.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.SeriesVerdict();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.series = $root.benchline.v1.SeriesKey.decode(reader, reader.size(), $undefined, _depth + 1, message.series);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.verdict = value;
                            else
                                delete message.verdict;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.baseline = value;
                            else
                                delete message.baseline;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.changePercent = value;
                            else
                                delete message.changePercent;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.ciLowerPercent = value;
                            else
                                delete message.ciLowerPercent;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.ciUpperPercent = value;
                            else
                                delete message.ciUpperPercent;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.confidence = value;
                            else
                                delete message.confidence;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.direction = value;
                            else
                                delete message.direction;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.baselinePoints = value;
                            else
                                delete message.baselinePoints;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.baselineFromCommit = value;
                            else
                                delete message.baselineFromCommit;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.baselineToCommit = value;
                            else
                                delete message.baselineToCommit;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pointsNeeded = value;
                            else
                                delete message.pointsNeeded;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if (!(message.changeIds && message.changeIds.length))
                                message.changeIds = [];
                            message.changeIds.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SeriesVerdict message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.SeriesVerdict
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.SeriesVerdict} SeriesVerdict
             */
            SeriesVerdict.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.SeriesVerdict)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.SeriesVerdict: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.SeriesVerdict();
                if (object.series != null) {
                    if (!$util.isObject(object.series))
                        throw $TypeError(".benchline.v1.SeriesVerdict.series: object expected");
                    message.series = $root.benchline.v1.SeriesKey.fromObject(object.series, _depth + 1);
                }
                if (object.verdict !== 0 && (typeof object.verdict !== "string" || $root.benchline.v1.Verdict[object.verdict] !== 0))
                    switch (object.verdict) {
                    case "VERDICT_UNSPECIFIED":
                    case 0:
                        message.verdict = 0;
                        break;
                    case "VERDICT_REGRESSION":
                    case 1:
                        message.verdict = 1;
                        break;
                    case "VERDICT_IMPROVEMENT":
                    case 2:
                        message.verdict = 2;
                        break;
                    case "VERDICT_UNCHANGED":
                    case 3:
                        message.verdict = 3;
                        break;
                    case "VERDICT_INSUFFICIENT_HISTORY":
                    case 4:
                        message.verdict = 4;
                        break;
                    case "VERDICT_SKIPPED":
                    case 5:
                        message.verdict = 5;
                        break;
                    default:
                        if (typeof object.verdict === "number" && (object.verdict | 0) === object.verdict)
                            message.verdict = object.verdict;
                    }
                if (object.value != null)
                    if (!$Object.is($Number(object.value), 0))
                        message.value = $Number(object.value);
                if (object.baseline != null)
                    if (!$Object.is($Number(object.baseline), 0))
                        message.baseline = $Number(object.baseline);
                if (object.changePercent != null)
                    if (!$Object.is($Number(object.changePercent), 0))
                        message.changePercent = $Number(object.changePercent);
                if (object.ciLowerPercent != null)
                    if (!$Object.is($Number(object.ciLowerPercent), 0))
                        message.ciLowerPercent = $Number(object.ciLowerPercent);
                if (object.ciUpperPercent != null)
                    if (!$Object.is($Number(object.ciUpperPercent), 0))
                        message.ciUpperPercent = $Number(object.ciUpperPercent);
                if (object.confidence != null)
                    if (!$Object.is($Number(object.confidence), 0))
                        message.confidence = $Number(object.confidence);
                if (object.direction != null)
                    if (typeof object.direction !== "string" || object.direction.length)
                        message.direction = $String(object.direction);
                if (object.baselinePoints != null)
                    if ($Number(object.baselinePoints) !== 0)
                        message.baselinePoints = object.baselinePoints >>> 0;
                if (object.baselineFromCommit != null)
                    if (typeof object.baselineFromCommit !== "string" || object.baselineFromCommit.length)
                        message.baselineFromCommit = $String(object.baselineFromCommit);
                if (object.baselineToCommit != null)
                    if (typeof object.baselineToCommit !== "string" || object.baselineToCommit.length)
                        message.baselineToCommit = $String(object.baselineToCommit);
                if (object.pointsNeeded != null)
                    if ($Number(object.pointsNeeded) !== 0)
                        message.pointsNeeded = object.pointsNeeded >>> 0;
                if (object.changeIds) {
                    if (!$Array.isArray(object.changeIds))
                        throw $TypeError(".benchline.v1.SeriesVerdict.changeIds: array expected");
                    message.changeIds = $Array(object.changeIds.length);
                    for (let i = 0; i < object.changeIds.length; ++i)
                        message.changeIds[i] = $String(object.changeIds[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a SeriesVerdict message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.SeriesVerdict
             * @static
             * @param {benchline.v1.SeriesVerdict} message SeriesVerdict
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SeriesVerdict.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.changeIds = [];
                if (options.defaults) {
                    object.series = null;
                    object.verdict = options.enums === $String ? "VERDICT_UNSPECIFIED" : 0;
                    object.value = 0;
                    object.baseline = 0;
                    object.changePercent = 0;
                    object.ciLowerPercent = 0;
                    object.ciUpperPercent = 0;
                    object.confidence = 0;
                    object.direction = "";
                    object.baselinePoints = 0;
                    object.baselineFromCommit = "";
                    object.baselineToCommit = "";
                    object.pointsNeeded = 0;
                }
                if (message.series != null && $Object.hasOwnProperty.call(message, "series"))
                    object.series = $root.benchline.v1.SeriesKey.toObject(message.series, options, _depth + 1);
                if (message.verdict != null && $Object.hasOwnProperty.call(message, "verdict"))
                    object.verdict = options.enums === $String ? $root.benchline.v1.Verdict[message.verdict] === $undefined ? message.verdict : $root.benchline.v1.Verdict[message.verdict] : message.verdict;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
                if (message.baseline != null && $Object.hasOwnProperty.call(message, "baseline"))
                    object.baseline = options.json && !$isFinite(message.baseline) ? $String(message.baseline) : message.baseline;
                if (message.changePercent != null && $Object.hasOwnProperty.call(message, "changePercent"))
                    object.changePercent = options.json && !$isFinite(message.changePercent) ? $String(message.changePercent) : message.changePercent;
                if (message.ciLowerPercent != null && $Object.hasOwnProperty.call(message, "ciLowerPercent"))
                    object.ciLowerPercent = options.json && !$isFinite(message.ciLowerPercent) ? $String(message.ciLowerPercent) : message.ciLowerPercent;
                if (message.ciUpperPercent != null && $Object.hasOwnProperty.call(message, "ciUpperPercent"))
                    object.ciUpperPercent = options.json && !$isFinite(message.ciUpperPercent) ? $String(message.ciUpperPercent) : message.ciUpperPercent;
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence"))
                    object.confidence = options.json && !$isFinite(message.confidence) ? $String(message.confidence) : message.confidence;
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction"))
                    object.direction = message.direction;
                if (message.baselinePoints != null && $Object.hasOwnProperty.call(message, "baselinePoints"))
                    object.baselinePoints = message.baselinePoints;
                if (message.baselineFromCommit != null && $Object.hasOwnProperty.call(message, "baselineFromCommit"))
                    object.baselineFromCommit = message.baselineFromCommit;
                if (message.baselineToCommit != null && $Object.hasOwnProperty.call(message, "baselineToCommit"))
                    object.baselineToCommit = message.baselineToCommit;
                if (message.pointsNeeded != null && $Object.hasOwnProperty.call(message, "pointsNeeded"))
                    object.pointsNeeded = message.pointsNeeded;
                if (message.changeIds && message.changeIds.length) {
                    object.changeIds = $Array(message.changeIds.length);
                    for (let j = 0; j < message.changeIds.length; ++j)
                        object.changeIds[j] = message.changeIds[j];
                }
                return object;
            };

            /**
             * Converts this SeriesVerdict to JSON.
             * @function toJSON
             * @memberof benchline.v1.SeriesVerdict
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SeriesVerdict.prototype.toJSON = function() {
                return SeriesVerdict.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SeriesVerdict;
        })();

        v1.Analysis = (function() {

            /**
             * Properties of an Analysis.
             * @typedef {Object} benchline.v1.Analysis.$Properties
             * @property {Array.<benchline.v1.SeriesVerdict.$Properties>|null} [verdicts] Analysis verdicts
             * @property {number|null} [regressions] Analysis regressions
             * @property {number|null} [improvements] Analysis improvements
             * @property {string|null} [analyzedAt] Analysis analyzedAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Analysis.
             * @memberof benchline.v1
             * @interface IAnalysis
             * @augments benchline.v1.Analysis.$Properties
             * @deprecated Use benchline.v1.Analysis.$Properties instead.
             */

            /**
             * Shape of an Analysis.
             * @typedef {benchline.v1.Analysis.$Properties} benchline.v1.Analysis.$Shape
             */

            /**
             * Constructs a new Analysis.
             * @memberof benchline.v1
             * @classdesc Represents an Analysis.
             * @constructor
             * @param {benchline.v1.Analysis.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Analysis = function (properties) {
                this.verdicts = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Analysis verdicts.
             * @member {Array.<benchline.v1.SeriesVerdict.$Properties>} verdicts
             * @memberof benchline.v1.Analysis
             * @instance
             */
            Analysis.prototype.verdicts = $util.emptyArray;

            /**
             * Analysis regressions.
             * @member {number} regressions
             * @memberof benchline.v1.Analysis
             * @instance
             */
            Analysis.prototype.regressions = 0;

            /**
             * Analysis improvements.
             * @member {number} improvements
             * @memberof benchline.v1.Analysis
             * @instance
             */
            Analysis.prototype.improvements = 0;

            /**
             * Analysis analyzedAt.
             * @member {string} analyzedAt
             * @memberof benchline.v1.Analysis
             * @instance
             */
            Analysis.prototype.analyzedAt = "";

            /**
             * Creates a new Analysis instance using the specified properties.
             * @function create
             * @memberof benchline.v1.Analysis
             * @static
             * @param {benchline.v1.Analysis.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.Analysis} Analysis instance
             * @type {{
             *   (properties: benchline.v1.Analysis.$Shape): benchline.v1.Analysis & benchline.v1.Analysis.$Shape;
             *   (properties?: benchline.v1.Analysis.$Properties): benchline.v1.Analysis;
             * }}
             */
            Analysis.create = function(properties) {
                return new Analysis(properties);
            };

            /**
             * Encodes the specified Analysis message. Does not implicitly {@link benchline.v1.Analysis.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.Analysis
             * @static
             * @param {benchline.v1.Analysis.$Properties} message Analysis message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Analysis.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.verdicts != null && message.verdicts.length)
                    for (let i = 0; i < message.verdicts.length; ++i)
                        $root.benchline.v1.SeriesVerdict.encode(message.verdicts[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.regressions != null && $Object.hasOwnProperty.call(message, "regressions") && message.regressions !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.regressions);
                if (message.improvements != null && $Object.hasOwnProperty.call(message, "improvements") && message.improvements !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.improvements);
                if (message.analyzedAt != null && $Object.hasOwnProperty.call(message, "analyzedAt") && message.analyzedAt !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.analyzedAt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Analysis message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.Analysis
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.Analysis & benchline.v1.Analysis.$Shape} Analysis
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Analysis.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.Analysis();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.verdicts && message.verdicts.length))
                                message.verdicts = [];
                            message.verdicts.push($root.benchline.v1.SeriesVerdict.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.regressions = value;
                            else
                                delete message.regressions;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.improvements = value;
                            else
                                delete message.improvements;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.analyzedAt = value;
                            else
                                delete message.analyzedAt;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Analysis message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.Analysis
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.Analysis} Analysis
             */
            Analysis.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.Analysis)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.Analysis: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.Analysis();
                if (object.verdicts) {
                    if (!$Array.isArray(object.verdicts))
                        throw $TypeError(".benchline.v1.Analysis.verdicts: array expected");
                    message.verdicts = $Array(object.verdicts.length);
                    for (let i = 0; i < object.verdicts.length; ++i) {
                        if (!$util.isObject(object.verdicts[i]))
                            throw $TypeError(".benchline.v1.Analysis.verdicts: object expected");
                        message.verdicts[i] = $root.benchline.v1.SeriesVerdict.fromObject(object.verdicts[i], _depth + 1);
                    }
                }
                if (object.regressions != null)
                    if ($Number(object.regressions) !== 0)
                        message.regressions = object.regressions >>> 0;
                if (object.improvements != null)
                    if ($Number(object.improvements) !== 0)
                        message.improvements = object.improvements >>> 0;
                if (object.analyzedAt != null)
                    if (typeof object.analyzedAt !== "string" || object.analyzedAt.length)
                        message.analyzedAt = $String(object.analyzedAt);
                return message;
            };

            /**
             * Creates a plain object from an Analysis message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.Analysis
             * @static
             * @param {benchline.v1.Analysis} message Analysis
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Analysis.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.verdicts = [];
                if (options.defaults) {
                    object.regressions = 0;
                    object.improvements = 0;
                    object.analyzedAt = "";
                }
                if (message.verdicts && message.verdicts.length) {
                    object.verdicts = $Array(message.verdicts.length);
                    for (let j = 0; j < message.verdicts.length; ++j)
                        object.verdicts[j] = $root.benchline.v1.SeriesVerdict.toObject(message.verdicts[j], options, _depth + 1);
                }
                if (message.regressions != null && $Object.hasOwnProperty.call(message, "regressions"))
                    object.regressions = message.regressions;
                if (message.improvements != null && $Object.hasOwnProperty.call(message, "improvements"))
                    object.improvements = message.improvements;
                if (message.analyzedAt != null && $Object.hasOwnProperty.call(message, "analyzedAt"))
                    object.analyzedAt = message.analyzedAt;
                return object;
            };

            /**
             * Converts this Analysis to JSON.
             * @function toJSON
             * @memberof benchline.v1.Analysis
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Analysis.prototype.toJSON = function() {
                return Analysis.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Analysis;
        })();

        v1.RunAnalyzed = (function() {

            /**
             * Properties of a RunAnalyzed.
             * @typedef {Object} benchline.v1.RunAnalyzed.$Properties
             * @property {benchline.v1.RunRequest.$Properties|null} [request] RunAnalyzed request
             * @property {benchline.v1.Provisioning.$Properties|null} [provisioning] RunAnalyzed provisioning
             * @property {benchline.v1.Execution.$Properties|null} [execution] RunAnalyzed execution
             * @property {benchline.v1.Publication.$Properties|null} [publication] RunAnalyzed publication
             * @property {benchline.v1.Analysis.$Properties|null} [analysis] RunAnalyzed analysis
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunAnalyzed.
             * @memberof benchline.v1
             * @interface IRunAnalyzed
             * @augments benchline.v1.RunAnalyzed.$Properties
             * @deprecated Use benchline.v1.RunAnalyzed.$Properties instead.
             */

            /**
             * Shape of a RunAnalyzed.
             * @typedef {benchline.v1.RunAnalyzed.$Properties} benchline.v1.RunAnalyzed.$Shape
             */

            /**
             * Constructs a new RunAnalyzed.
             * @memberof benchline.v1
             * @classdesc Represents a RunAnalyzed.
             * @constructor
             * @param {benchline.v1.RunAnalyzed.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunAnalyzed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunAnalyzed request.
             * @member {benchline.v1.RunRequest.$Properties|null|undefined} request
             * @memberof benchline.v1.RunAnalyzed
             * @instance
             */
            RunAnalyzed.prototype.request = null;

            /**
             * RunAnalyzed provisioning.
             * @member {benchline.v1.Provisioning.$Properties|null|undefined} provisioning
             * @memberof benchline.v1.RunAnalyzed
             * @instance
             */
            RunAnalyzed.prototype.provisioning = null;

            /**
             * RunAnalyzed execution.
             * @member {benchline.v1.Execution.$Properties|null|undefined} execution
             * @memberof benchline.v1.RunAnalyzed
             * @instance
             */
            RunAnalyzed.prototype.execution = null;

            /**
             * RunAnalyzed publication.
             * @member {benchline.v1.Publication.$Properties|null|undefined} publication
             * @memberof benchline.v1.RunAnalyzed
             * @instance
             */
            RunAnalyzed.prototype.publication = null;

            /**
             * RunAnalyzed analysis.
             * @member {benchline.v1.Analysis.$Properties|null|undefined} analysis
             * @memberof benchline.v1.RunAnalyzed
             * @instance
             */
            RunAnalyzed.prototype.analysis = null;

            /**
             * Creates a new RunAnalyzed instance using the specified properties.
             * @function create
             * @memberof benchline.v1.RunAnalyzed
             * @static
             * @param {benchline.v1.RunAnalyzed.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.RunAnalyzed} RunAnalyzed instance
             * @type {{
             *   (properties: benchline.v1.RunAnalyzed.$Shape): benchline.v1.RunAnalyzed & benchline.v1.RunAnalyzed.$Shape;
             *   (properties?: benchline.v1.RunAnalyzed.$Properties): benchline.v1.RunAnalyzed;
             * }}
             */
            RunAnalyzed.create = function(properties) {
                return new RunAnalyzed(properties);
            };

            /**
             * Encodes the specified RunAnalyzed message. Does not implicitly {@link benchline.v1.RunAnalyzed.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.RunAnalyzed
             * @static
             * @param {benchline.v1.RunAnalyzed.$Properties} message RunAnalyzed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunAnalyzed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                    $root.benchline.v1.RunRequest.encode(message.request, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.provisioning != null && $Object.hasOwnProperty.call(message, "provisioning"))
                    $root.benchline.v1.Provisioning.encode(message.provisioning, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.execution != null && $Object.hasOwnProperty.call(message, "execution"))
                    $root.benchline.v1.Execution.encode(message.execution, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.publication != null && $Object.hasOwnProperty.call(message, "publication"))
                    $root.benchline.v1.Publication.encode(message.publication, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.analysis != null && $Object.hasOwnProperty.call(message, "analysis"))
                    $root.benchline.v1.Analysis.encode(message.analysis, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RunAnalyzed message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.RunAnalyzed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.RunAnalyzed & benchline.v1.RunAnalyzed.$Shape} RunAnalyzed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunAnalyzed.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.RunAnalyzed();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.request = $root.benchline.v1.RunRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.request);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.provisioning = $root.benchline.v1.Provisioning.decode(reader, reader.size(), $undefined, _depth + 1, message.provisioning);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.execution = $root.benchline.v1.Execution.decode(reader, reader.size(), $undefined, _depth + 1, message.execution);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.publication = $root.benchline.v1.Publication.decode(reader, reader.size(), $undefined, _depth + 1, message.publication);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.analysis = $root.benchline.v1.Analysis.decode(reader, reader.size(), $undefined, _depth + 1, message.analysis);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RunAnalyzed message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.RunAnalyzed
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.RunAnalyzed} RunAnalyzed
             */
            RunAnalyzed.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.RunAnalyzed)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.RunAnalyzed: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.RunAnalyzed();
                if (object.request != null) {
                    if (!$util.isObject(object.request))
                        throw $TypeError(".benchline.v1.RunAnalyzed.request: object expected");
                    message.request = $root.benchline.v1.RunRequest.fromObject(object.request, _depth + 1);
                }
                if (object.provisioning != null) {
                    if (!$util.isObject(object.provisioning))
                        throw $TypeError(".benchline.v1.RunAnalyzed.provisioning: object expected");
                    message.provisioning = $root.benchline.v1.Provisioning.fromObject(object.provisioning, _depth + 1);
                }
                if (object.execution != null) {
                    if (!$util.isObject(object.execution))
                        throw $TypeError(".benchline.v1.RunAnalyzed.execution: object expected");
                    message.execution = $root.benchline.v1.Execution.fromObject(object.execution, _depth + 1);
                }
                if (object.publication != null) {
                    if (!$util.isObject(object.publication))
                        throw $TypeError(".benchline.v1.RunAnalyzed.publication: object expected");
                    message.publication = $root.benchline.v1.Publication.fromObject(object.publication, _depth + 1);
                }
                if (object.analysis != null) {
                    if (!$util.isObject(object.analysis))
                        throw $TypeError(".benchline.v1.RunAnalyzed.analysis: object expected");
                    message.analysis = $root.benchline.v1.Analysis.fromObject(object.analysis, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a RunAnalyzed message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.RunAnalyzed
             * @static
             * @param {benchline.v1.RunAnalyzed} message RunAnalyzed
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunAnalyzed.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.request = null;
                    object.provisioning = null;
                    object.execution = null;
                    object.publication = null;
                    object.analysis = null;
                }
                if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                    object.request = $root.benchline.v1.RunRequest.toObject(message.request, options, _depth + 1);
                if (message.provisioning != null && $Object.hasOwnProperty.call(message, "provisioning"))
                    object.provisioning = $root.benchline.v1.Provisioning.toObject(message.provisioning, options, _depth + 1);
                if (message.execution != null && $Object.hasOwnProperty.call(message, "execution"))
                    object.execution = $root.benchline.v1.Execution.toObject(message.execution, options, _depth + 1);
                if (message.publication != null && $Object.hasOwnProperty.call(message, "publication"))
                    object.publication = $root.benchline.v1.Publication.toObject(message.publication, options, _depth + 1);
                if (message.analysis != null && $Object.hasOwnProperty.call(message, "analysis"))
                    object.analysis = $root.benchline.v1.Analysis.toObject(message.analysis, options, _depth + 1);
                return object;
            };

            /**
             * Converts this RunAnalyzed to JSON.
             * @function toJSON
             * @memberof benchline.v1.RunAnalyzed
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunAnalyzed.prototype.toJSON = function() {
                return RunAnalyzed.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RunAnalyzed;
        })();

        v1.RunCancelled = (function() {

            /**
             * Properties of a RunCancelled.
             * @typedef {Object} benchline.v1.RunCancelled.$Properties
             * @property {benchline.v1.RunRequest.$Properties|null} [request] RunCancelled request
             * @property {string|null} [cancelledAt] RunCancelled cancelledAt
             * @property {string|null} [cancelledBy] RunCancelled cancelledBy
             * @property {string|null} [reason] RunCancelled reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunCancelled.
             * @memberof benchline.v1
             * @interface IRunCancelled
             * @augments benchline.v1.RunCancelled.$Properties
             * @deprecated Use benchline.v1.RunCancelled.$Properties instead.
             */

            /**
             * Shape of a RunCancelled.
             * @typedef {benchline.v1.RunCancelled.$Properties} benchline.v1.RunCancelled.$Shape
             */

            /**
             * Constructs a new RunCancelled.
             * @memberof benchline.v1
             * @classdesc Represents a RunCancelled.
             * @constructor
             * @param {benchline.v1.RunCancelled.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunCancelled = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunCancelled request.
             * @member {benchline.v1.RunRequest.$Properties|null|undefined} request
             * @memberof benchline.v1.RunCancelled
             * @instance
             */
            RunCancelled.prototype.request = null;

            /**
             * RunCancelled cancelledAt.
             * @member {string} cancelledAt
             * @memberof benchline.v1.RunCancelled
             * @instance
             */
            RunCancelled.prototype.cancelledAt = "";

            /**
             * RunCancelled cancelledBy.
             * @member {string} cancelledBy
             * @memberof benchline.v1.RunCancelled
             * @instance
             */
            RunCancelled.prototype.cancelledBy = "";

            /**
             * RunCancelled reason.
             * @member {string} reason
             * @memberof benchline.v1.RunCancelled
             * @instance
             */
            RunCancelled.prototype.reason = "";

            /**
             * Creates a new RunCancelled instance using the specified properties.
             * @function create
             * @memberof benchline.v1.RunCancelled
             * @static
             * @param {benchline.v1.RunCancelled.$Properties=} [properties] Properties to set
             * @returns {benchline.v1.RunCancelled} RunCancelled instance
             * @type {{
             *   (properties: benchline.v1.RunCancelled.$Shape): benchline.v1.RunCancelled & benchline.v1.RunCancelled.$Shape;
             *   (properties?: benchline.v1.RunCancelled.$Properties): benchline.v1.RunCancelled;
             * }}
             */
            RunCancelled.create = function(properties) {
                return new RunCancelled(properties);
            };

            /**
             * Encodes the specified RunCancelled message. Does not implicitly {@link benchline.v1.RunCancelled.verify|verify} messages.
             * @function encode
             * @memberof benchline.v1.RunCancelled
             * @static
             * @param {benchline.v1.RunCancelled.$Properties} message RunCancelled message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunCancelled.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                    $root.benchline.v1.RunRequest.encode(message.request, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.cancelledAt != null && $Object.hasOwnProperty.call(message, "cancelledAt") && message.cancelledAt !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.cancelledAt);
                if (message.cancelledBy != null && $Object.hasOwnProperty.call(message, "cancelledBy") && message.cancelledBy !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.cancelledBy);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RunCancelled message from the specified reader or buffer.
             * @function decode
             * @memberof benchline.v1.RunCancelled
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {benchline.v1.RunCancelled & benchline.v1.RunCancelled.$Shape} RunCancelled
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunCancelled.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.benchline.v1.RunCancelled();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.request = $root.benchline.v1.RunRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.request);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cancelledAt = value;
                            else
                                delete message.cancelledAt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cancelledBy = value;
                            else
                                delete message.cancelledBy;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RunCancelled message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof benchline.v1.RunCancelled
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {benchline.v1.RunCancelled} RunCancelled
             */
            RunCancelled.fromObject = function (object, _depth) {
                if (object instanceof $root.benchline.v1.RunCancelled)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".benchline.v1.RunCancelled: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.benchline.v1.RunCancelled();
                if (object.request != null) {
                    if (!$util.isObject(object.request))
                        throw $TypeError(".benchline.v1.RunCancelled.request: object expected");
                    message.request = $root.benchline.v1.RunRequest.fromObject(object.request, _depth + 1);
                }
                if (object.cancelledAt != null)
                    if (typeof object.cancelledAt !== "string" || object.cancelledAt.length)
                        message.cancelledAt = $String(object.cancelledAt);
                if (object.cancelledBy != null)
                    if (typeof object.cancelledBy !== "string" || object.cancelledBy.length)
                        message.cancelledBy = $String(object.cancelledBy);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a RunCancelled message. Also converts values to other types if specified.
             * @function toObject
             * @memberof benchline.v1.RunCancelled
             * @static
             * @param {benchline.v1.RunCancelled} message RunCancelled
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunCancelled.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.request = null;
                    object.cancelledAt = "";
                    object.cancelledBy = "";
                    object.reason = "";
                }
                if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                    object.request = $root.benchline.v1.RunRequest.toObject(message.request, options, _depth + 1);
                if (message.cancelledAt != null && $Object.hasOwnProperty.call(message, "cancelledAt"))
                    object.cancelledAt = message.cancelledAt;
                if (message.cancelledBy != null && $Object.hasOwnProperty.call(message, "cancelledBy"))
                    object.cancelledBy = message.cancelledBy;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this RunCancelled to JSON.
             * @function toJSON
             * @memberof benchline.v1.RunCancelled
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunCancelled.prototype.toJSON = function() {
                return RunCancelled.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RunCancelled;
        })();

        return v1;
    })();

    return benchline;
})();

export {
  $root as default
};
