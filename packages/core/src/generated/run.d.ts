import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace benchline. */
export namespace benchline {

    /** Namespace v1. */
    namespace v1 {

        /** TriggerSource enum. */
        enum TriggerSource {

            /** TRIGGER_SOURCE_UNSPECIFIED value */
            TRIGGER_SOURCE_UNSPECIFIED = 0,

            /** TRIGGER_SOURCE_HTTP value */
            TRIGGER_SOURCE_HTTP = 1,

            /** TRIGGER_SOURCE_SCHEDULE value */
            TRIGGER_SOURCE_SCHEDULE = 2,

            /** TRIGGER_SOURCE_NATS value */
            TRIGGER_SOURCE_NATS = 3
        }

        /**
         * Properties of a RunRequest.
         * @deprecated Use benchline.v1.RunRequest.$Properties instead.
         */
        interface IRunRequest extends benchline.v1.RunRequest.$Properties {
        }

        /** Represents a RunRequest. */
        class RunRequest {

            /**
             * Constructs a new RunRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.RunRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunRequest runId. */
            runId: string;

            /** RunRequest suite. */
            suite: string;

            /** RunRequest ref. */
            ref: string;

            /** RunRequest benchmarks. */
            benchmarks: string[];

            /** RunRequest parameters. */
            parameters: { [k: string]: string };

            /** RunRequest minion. */
            minion: string;

            /** RunRequest tags. */
            tags: string[];

            /** RunRequest source. */
            source: benchline.v1.TriggerSource;

            /** RunRequest requestedBy. */
            requestedBy: string;

            /** RunRequest requestedAt. */
            requestedAt: string;

            /**
             * Creates a new RunRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunRequest instance
             */
            static create(properties: benchline.v1.RunRequest.$Shape): benchline.v1.RunRequest & benchline.v1.RunRequest.$Shape;
            static create(properties?: benchline.v1.RunRequest.$Properties): benchline.v1.RunRequest;

            /**
             * Encodes the specified RunRequest message. Does not implicitly {@link benchline.v1.RunRequest.verify|verify} messages.
             * @param message RunRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.RunRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.RunRequest & benchline.v1.RunRequest.$Shape} RunRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.RunRequest & benchline.v1.RunRequest.$Shape;

            /**
             * Creates a RunRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunRequest
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.RunRequest;

            /**
             * Creates a plain object from a RunRequest message. Also converts values to other types if specified.
             * @param message RunRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.RunRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RunRequest {

            /** Properties of a RunRequest. */
            interface $Properties {

                /** RunRequest runId */
                runId?: (string|null);

                /** RunRequest suite */
                suite?: (string|null);

                /** RunRequest ref */
                ref?: (string|null);

                /** RunRequest benchmarks */
                benchmarks?: (string[]|null);

                /** RunRequest parameters */
                parameters?: ({ [k: string]: string }|null);

                /** RunRequest minion */
                minion?: (string|null);

                /** RunRequest tags */
                tags?: (string[]|null);

                /** RunRequest source */
                source?: (benchline.v1.TriggerSource|null);

                /** RunRequest requestedBy */
                requestedBy?: (string|null);

                /** RunRequest requestedAt */
                requestedAt?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunRequest. */
            type $Shape = benchline.v1.RunRequest.$Properties;
        }

        /**
         * Properties of a RunRequested.
         * @deprecated Use benchline.v1.RunRequested.$Properties instead.
         */
        interface IRunRequested extends benchline.v1.RunRequested.$Properties {
        }

        /** Represents a RunRequested. */
        class RunRequested {

            /**
             * Constructs a new RunRequested.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.RunRequested.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunRequested request. */
            request?: (benchline.v1.RunRequest.$Properties|null);

            /**
             * Creates a new RunRequested instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunRequested instance
             */
            static create(properties: benchline.v1.RunRequested.$Shape): benchline.v1.RunRequested & benchline.v1.RunRequested.$Shape;
            static create(properties?: benchline.v1.RunRequested.$Properties): benchline.v1.RunRequested;

            /**
             * Encodes the specified RunRequested message. Does not implicitly {@link benchline.v1.RunRequested.verify|verify} messages.
             * @param message RunRequested message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.RunRequested.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunRequested message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.RunRequested & benchline.v1.RunRequested.$Shape} RunRequested
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.RunRequested & benchline.v1.RunRequested.$Shape;

            /**
             * Creates a RunRequested message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunRequested
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.RunRequested;

            /**
             * Creates a plain object from a RunRequested message. Also converts values to other types if specified.
             * @param message RunRequested
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.RunRequested, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunRequested to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RunRequested {

            /** Properties of a RunRequested. */
            interface $Properties {

                /** RunRequested request */
                request?: (benchline.v1.RunRequest.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunRequested. */
            type $Shape = benchline.v1.RunRequested.$Properties;
        }

        /**
         * Properties of a HostFacts.
         * @deprecated Use benchline.v1.HostFacts.$Properties instead.
         */
        interface IHostFacts extends benchline.v1.HostFacts.$Properties {
        }

        /** Represents a HostFacts. */
        class HostFacts {

            /**
             * Constructs a new HostFacts.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.HostFacts.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HostFacts cpuModel. */
            cpuModel: string;

            /** HostFacts cores. */
            cores: number;

            /** HostFacts kernel. */
            kernel: string;

            /** HostFacts memoryMb. */
            memoryMb: number;

            /** HostFacts os. */
            os: string;

            /** HostFacts governor. */
            governor: string;

            /** HostFacts hostname. */
            hostname: string;

            /** HostFacts microcode. */
            microcode: string;

            /** HostFacts packages. */
            packages: { [k: string]: string };

            /** HostFacts tuning. */
            tuning: benchline.v1.TuningSetting.$Properties[];

            /**
             * Creates a new HostFacts instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HostFacts instance
             */
            static create(properties: benchline.v1.HostFacts.$Shape): benchline.v1.HostFacts & benchline.v1.HostFacts.$Shape;
            static create(properties?: benchline.v1.HostFacts.$Properties): benchline.v1.HostFacts;

            /**
             * Encodes the specified HostFacts message. Does not implicitly {@link benchline.v1.HostFacts.verify|verify} messages.
             * @param message HostFacts message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.HostFacts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HostFacts message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.HostFacts & benchline.v1.HostFacts.$Shape} HostFacts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.HostFacts & benchline.v1.HostFacts.$Shape;

            /**
             * Creates a HostFacts message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HostFacts
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.HostFacts;

            /**
             * Creates a plain object from a HostFacts message. Also converts values to other types if specified.
             * @param message HostFacts
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.HostFacts, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HostFacts to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace HostFacts {

            /** Properties of a HostFacts. */
            interface $Properties {

                /** HostFacts cpuModel */
                cpuModel?: (string|null);

                /** HostFacts cores */
                cores?: (number|null);

                /** HostFacts kernel */
                kernel?: (string|null);

                /** HostFacts memoryMb */
                memoryMb?: (number|null);

                /** HostFacts os */
                os?: (string|null);

                /** HostFacts governor */
                governor?: (string|null);

                /** HostFacts hostname */
                hostname?: (string|null);

                /** HostFacts microcode */
                microcode?: (string|null);

                /** HostFacts packages */
                packages?: ({ [k: string]: string }|null);

                /** HostFacts tuning */
                tuning?: (benchline.v1.TuningSetting.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HostFacts. */
            type $Shape = benchline.v1.HostFacts.$Properties;
        }

        /** TuningState enum. */
        enum TuningState {

            /** TUNING_STATE_UNSPECIFIED value */
            TUNING_STATE_UNSPECIFIED = 0,

            /** TUNING_STATE_APPLIED value */
            TUNING_STATE_APPLIED = 1,

            /** TUNING_STATE_UNAVAILABLE value */
            TUNING_STATE_UNAVAILABLE = 2
        }

        /**
         * Properties of a TuningSetting.
         * @deprecated Use benchline.v1.TuningSetting.$Properties instead.
         */
        interface ITuningSetting extends benchline.v1.TuningSetting.$Properties {
        }

        /** Represents a TuningSetting. */
        class TuningSetting {

            /**
             * Constructs a new TuningSetting.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.TuningSetting.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TuningSetting name. */
            name: string;

            /** TuningSetting state. */
            state: benchline.v1.TuningState;

            /** TuningSetting value. */
            value: string;

            /** TuningSetting detail. */
            detail: string;

            /**
             * Creates a new TuningSetting instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TuningSetting instance
             */
            static create(properties: benchline.v1.TuningSetting.$Shape): benchline.v1.TuningSetting & benchline.v1.TuningSetting.$Shape;
            static create(properties?: benchline.v1.TuningSetting.$Properties): benchline.v1.TuningSetting;

            /**
             * Encodes the specified TuningSetting message. Does not implicitly {@link benchline.v1.TuningSetting.verify|verify} messages.
             * @param message TuningSetting message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.TuningSetting.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TuningSetting message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.TuningSetting & benchline.v1.TuningSetting.$Shape} TuningSetting
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.TuningSetting & benchline.v1.TuningSetting.$Shape;

            /**
             * Creates a TuningSetting message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TuningSetting
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.TuningSetting;

            /**
             * Creates a plain object from a TuningSetting message. Also converts values to other types if specified.
             * @param message TuningSetting
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.TuningSetting, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TuningSetting to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace TuningSetting {

            /** Properties of a TuningSetting. */
            interface $Properties {

                /** TuningSetting name */
                name?: (string|null);

                /** TuningSetting state */
                state?: (benchline.v1.TuningState|null);

                /** TuningSetting value */
                value?: (string|null);

                /** TuningSetting detail */
                detail?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TuningSetting. */
            type $Shape = benchline.v1.TuningSetting.$Properties;
        }

        /**
         * Properties of a TaskCounts.
         * @deprecated Use benchline.v1.TaskCounts.$Properties instead.
         */
        interface ITaskCounts extends benchline.v1.TaskCounts.$Properties {
        }

        /** Represents a TaskCounts. */
        class TaskCounts {

            /**
             * Constructs a new TaskCounts.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.TaskCounts.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskCounts ok. */
            ok: number;

            /** TaskCounts changed. */
            changed: number;

            /** TaskCounts failed. */
            failed: number;

            /** TaskCounts skipped. */
            skipped: number;

            /** TaskCounts unreachable. */
            unreachable: number;

            /**
             * Creates a new TaskCounts instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskCounts instance
             */
            static create(properties: benchline.v1.TaskCounts.$Shape): benchline.v1.TaskCounts & benchline.v1.TaskCounts.$Shape;
            static create(properties?: benchline.v1.TaskCounts.$Properties): benchline.v1.TaskCounts;

            /**
             * Encodes the specified TaskCounts message. Does not implicitly {@link benchline.v1.TaskCounts.verify|verify} messages.
             * @param message TaskCounts message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.TaskCounts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskCounts message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.TaskCounts & benchline.v1.TaskCounts.$Shape} TaskCounts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.TaskCounts & benchline.v1.TaskCounts.$Shape;

            /**
             * Creates a TaskCounts message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskCounts
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.TaskCounts;

            /**
             * Creates a plain object from a TaskCounts message. Also converts values to other types if specified.
             * @param message TaskCounts
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.TaskCounts, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskCounts to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace TaskCounts {

            /** Properties of a TaskCounts. */
            interface $Properties {

                /** TaskCounts ok */
                ok?: (number|null);

                /** TaskCounts changed */
                changed?: (number|null);

                /** TaskCounts failed */
                failed?: (number|null);

                /** TaskCounts skipped */
                skipped?: (number|null);

                /** TaskCounts unreachable */
                unreachable?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskCounts. */
            type $Shape = benchline.v1.TaskCounts.$Properties;
        }

        /**
         * Properties of an Artifact.
         * @deprecated Use benchline.v1.Artifact.$Properties instead.
         */
        interface IArtifact extends benchline.v1.Artifact.$Properties {
        }

        /** Represents an Artifact. */
        class Artifact {

            /**
             * Constructs a new Artifact.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.Artifact.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Artifact object. */
            object: string;

            /** Artifact path. */
            path: string;

            /** Artifact size. */
            size: number;

            /** Artifact sha256. */
            sha256: string;

            /**
             * Creates a new Artifact instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Artifact instance
             */
            static create(properties: benchline.v1.Artifact.$Shape): benchline.v1.Artifact & benchline.v1.Artifact.$Shape;
            static create(properties?: benchline.v1.Artifact.$Properties): benchline.v1.Artifact;

            /**
             * Encodes the specified Artifact message. Does not implicitly {@link benchline.v1.Artifact.verify|verify} messages.
             * @param message Artifact message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.Artifact.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Artifact message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.Artifact & benchline.v1.Artifact.$Shape} Artifact
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.Artifact & benchline.v1.Artifact.$Shape;

            /**
             * Creates an Artifact message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Artifact
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.Artifact;

            /**
             * Creates a plain object from an Artifact message. Also converts values to other types if specified.
             * @param message Artifact
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.Artifact, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Artifact to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Artifact {

            /** Properties of an Artifact. */
            interface $Properties {

                /** Artifact object */
                object?: (string|null);

                /** Artifact path */
                path?: (string|null);

                /** Artifact size */
                size?: (number|null);

                /** Artifact sha256 */
                sha256?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Artifact. */
            type $Shape = benchline.v1.Artifact.$Properties;
        }

        /**
         * Properties of a CommitOrder.
         * @deprecated Use benchline.v1.CommitOrder.$Properties instead.
         */
        interface ICommitOrder extends benchline.v1.CommitOrder.$Properties {
        }

        /** Represents a CommitOrder. */
        class CommitOrder {

            /**
             * Constructs a new CommitOrder.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.CommitOrder.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommitOrder defaultBranch. */
            defaultBranch: string;

            /** CommitOrder position. */
            position: number;

            /** CommitOrder onDefaultBranch. */
            onDefaultBranch: boolean;

            /** CommitOrder mergeBase. */
            mergeBase: string;

            /** CommitOrder commitTime. */
            commitTime: string;

            /** CommitOrder subject. */
            subject: string;

            /** CommitOrder author. */
            author: string;

            /**
             * Creates a new CommitOrder instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommitOrder instance
             */
            static create(properties: benchline.v1.CommitOrder.$Shape): benchline.v1.CommitOrder & benchline.v1.CommitOrder.$Shape;
            static create(properties?: benchline.v1.CommitOrder.$Properties): benchline.v1.CommitOrder;

            /**
             * Encodes the specified CommitOrder message. Does not implicitly {@link benchline.v1.CommitOrder.verify|verify} messages.
             * @param message CommitOrder message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.CommitOrder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommitOrder message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.CommitOrder & benchline.v1.CommitOrder.$Shape} CommitOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.CommitOrder & benchline.v1.CommitOrder.$Shape;

            /**
             * Creates a CommitOrder message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CommitOrder
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.CommitOrder;

            /**
             * Creates a plain object from a CommitOrder message. Also converts values to other types if specified.
             * @param message CommitOrder
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.CommitOrder, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CommitOrder to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace CommitOrder {

            /** Properties of a CommitOrder. */
            interface $Properties {

                /** CommitOrder defaultBranch */
                defaultBranch?: (string|null);

                /** CommitOrder position */
                position?: (number|null);

                /** CommitOrder onDefaultBranch */
                onDefaultBranch?: (boolean|null);

                /** CommitOrder mergeBase */
                mergeBase?: (string|null);

                /** CommitOrder commitTime */
                commitTime?: (string|null);

                /** CommitOrder subject */
                subject?: (string|null);

                /** CommitOrder author */
                author?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommitOrder. */
            type $Shape = benchline.v1.CommitOrder.$Properties;
        }

        /**
         * Properties of a Provisioning.
         * @deprecated Use benchline.v1.Provisioning.$Properties instead.
         */
        interface IProvisioning extends benchline.v1.Provisioning.$Properties {
        }

        /** Represents a Provisioning. */
        class Provisioning {

            /**
             * Constructs a new Provisioning.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.Provisioning.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Provisioning commit. */
            commit: string;

            /** Provisioning host. */
            host?: (benchline.v1.HostFacts.$Properties|null);

            /** Provisioning tasks. */
            tasks?: (benchline.v1.TaskCounts.$Properties|null);

            /** Provisioning skipped. */
            skipped: boolean;

            /** Provisioning durationMs. */
            durationMs: number;

            /** Provisioning ansibleLog. */
            ansibleLog?: (benchline.v1.Artifact.$Properties|null);

            /** Provisioning startedAt. */
            startedAt: string;

            /** Provisioning finishedAt. */
            finishedAt: string;

            /** Provisioning order. */
            order?: (benchline.v1.CommitOrder.$Properties|null);

            /**
             * Creates a new Provisioning instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Provisioning instance
             */
            static create(properties: benchline.v1.Provisioning.$Shape): benchline.v1.Provisioning & benchline.v1.Provisioning.$Shape;
            static create(properties?: benchline.v1.Provisioning.$Properties): benchline.v1.Provisioning;

            /**
             * Encodes the specified Provisioning message. Does not implicitly {@link benchline.v1.Provisioning.verify|verify} messages.
             * @param message Provisioning message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.Provisioning.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Provisioning message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.Provisioning & benchline.v1.Provisioning.$Shape} Provisioning
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.Provisioning & benchline.v1.Provisioning.$Shape;

            /**
             * Creates a Provisioning message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Provisioning
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.Provisioning;

            /**
             * Creates a plain object from a Provisioning message. Also converts values to other types if specified.
             * @param message Provisioning
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.Provisioning, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Provisioning to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Provisioning {

            /** Properties of a Provisioning. */
            interface $Properties {

                /** Provisioning commit */
                commit?: (string|null);

                /** Provisioning host */
                host?: (benchline.v1.HostFacts.$Properties|null);

                /** Provisioning tasks */
                tasks?: (benchline.v1.TaskCounts.$Properties|null);

                /** Provisioning skipped */
                skipped?: (boolean|null);

                /** Provisioning durationMs */
                durationMs?: (number|null);

                /** Provisioning ansibleLog */
                ansibleLog?: (benchline.v1.Artifact.$Properties|null);

                /** Provisioning startedAt */
                startedAt?: (string|null);

                /** Provisioning finishedAt */
                finishedAt?: (string|null);

                /** Provisioning order */
                order?: (benchline.v1.CommitOrder.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Provisioning. */
            type $Shape = benchline.v1.Provisioning.$Properties;
        }

        /**
         * Properties of a RunProvisioned.
         * @deprecated Use benchline.v1.RunProvisioned.$Properties instead.
         */
        interface IRunProvisioned extends benchline.v1.RunProvisioned.$Properties {
        }

        /** Represents a RunProvisioned. */
        class RunProvisioned {

            /**
             * Constructs a new RunProvisioned.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.RunProvisioned.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunProvisioned request. */
            request?: (benchline.v1.RunRequest.$Properties|null);

            /** RunProvisioned provisioning. */
            provisioning?: (benchline.v1.Provisioning.$Properties|null);

            /**
             * Creates a new RunProvisioned instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunProvisioned instance
             */
            static create(properties: benchline.v1.RunProvisioned.$Shape): benchline.v1.RunProvisioned & benchline.v1.RunProvisioned.$Shape;
            static create(properties?: benchline.v1.RunProvisioned.$Properties): benchline.v1.RunProvisioned;

            /**
             * Encodes the specified RunProvisioned message. Does not implicitly {@link benchline.v1.RunProvisioned.verify|verify} messages.
             * @param message RunProvisioned message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.RunProvisioned.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunProvisioned message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.RunProvisioned & benchline.v1.RunProvisioned.$Shape} RunProvisioned
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.RunProvisioned & benchline.v1.RunProvisioned.$Shape;

            /**
             * Creates a RunProvisioned message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunProvisioned
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.RunProvisioned;

            /**
             * Creates a plain object from a RunProvisioned message. Also converts values to other types if specified.
             * @param message RunProvisioned
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.RunProvisioned, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunProvisioned to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RunProvisioned {

            /** Properties of a RunProvisioned. */
            interface $Properties {

                /** RunProvisioned request */
                request?: (benchline.v1.RunRequest.$Properties|null);

                /** RunProvisioned provisioning */
                provisioning?: (benchline.v1.Provisioning.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunProvisioned. */
            type $Shape = benchline.v1.RunProvisioned.$Properties;
        }

        /** BenchmarkStatus enum. */
        enum BenchmarkStatus {

            /** BENCHMARK_STATUS_UNSPECIFIED value */
            BENCHMARK_STATUS_UNSPECIFIED = 0,

            /** BENCHMARK_STATUS_OK value */
            BENCHMARK_STATUS_OK = 1,

            /** BENCHMARK_STATUS_FAILED value */
            BENCHMARK_STATUS_FAILED = 2,

            /** BENCHMARK_STATUS_TIMED_OUT value */
            BENCHMARK_STATUS_TIMED_OUT = 3,

            /** BENCHMARK_STATUS_NO_RESULTS value */
            BENCHMARK_STATUS_NO_RESULTS = 4,

            /** BENCHMARK_STATUS_ARTIFACT_ERROR value */
            BENCHMARK_STATUS_ARTIFACT_ERROR = 5
        }

        /**
         * Properties of a BenchmarkExecution.
         * @deprecated Use benchline.v1.BenchmarkExecution.$Properties instead.
         */
        interface IBenchmarkExecution extends benchline.v1.BenchmarkExecution.$Properties {
        }

        /** Represents a BenchmarkExecution. */
        class BenchmarkExecution {

            /**
             * Constructs a new BenchmarkExecution.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.BenchmarkExecution.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BenchmarkExecution name. */
            name: string;

            /** BenchmarkExecution status. */
            status: benchline.v1.BenchmarkStatus;

            /** BenchmarkExecution exitCode. */
            exitCode: number;

            /** BenchmarkExecution durationMs. */
            durationMs: number;

            /** BenchmarkExecution format. */
            format: string;

            /** BenchmarkExecution results. */
            results?: (benchline.v1.Artifact.$Properties|null);

            /** BenchmarkExecution stdout. */
            stdout?: (benchline.v1.Artifact.$Properties|null);

            /** BenchmarkExecution stderr. */
            stderr?: (benchline.v1.Artifact.$Properties|null);

            /** BenchmarkExecution extra. */
            extra: benchline.v1.Artifact.$Properties[];

            /** BenchmarkExecution message. */
            message: string;

            /** BenchmarkExecution repetition. */
            repetition: number;

            /**
             * Creates a new BenchmarkExecution instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BenchmarkExecution instance
             */
            static create(properties: benchline.v1.BenchmarkExecution.$Shape): benchline.v1.BenchmarkExecution & benchline.v1.BenchmarkExecution.$Shape;
            static create(properties?: benchline.v1.BenchmarkExecution.$Properties): benchline.v1.BenchmarkExecution;

            /**
             * Encodes the specified BenchmarkExecution message. Does not implicitly {@link benchline.v1.BenchmarkExecution.verify|verify} messages.
             * @param message BenchmarkExecution message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.BenchmarkExecution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BenchmarkExecution message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.BenchmarkExecution & benchline.v1.BenchmarkExecution.$Shape} BenchmarkExecution
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.BenchmarkExecution & benchline.v1.BenchmarkExecution.$Shape;

            /**
             * Creates a BenchmarkExecution message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BenchmarkExecution
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.BenchmarkExecution;

            /**
             * Creates a plain object from a BenchmarkExecution message. Also converts values to other types if specified.
             * @param message BenchmarkExecution
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.BenchmarkExecution, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BenchmarkExecution to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace BenchmarkExecution {

            /** Properties of a BenchmarkExecution. */
            interface $Properties {

                /** BenchmarkExecution name */
                name?: (string|null);

                /** BenchmarkExecution status */
                status?: (benchline.v1.BenchmarkStatus|null);

                /** BenchmarkExecution exitCode */
                exitCode?: (number|null);

                /** BenchmarkExecution durationMs */
                durationMs?: (number|null);

                /** BenchmarkExecution format */
                format?: (string|null);

                /** BenchmarkExecution results */
                results?: (benchline.v1.Artifact.$Properties|null);

                /** BenchmarkExecution stdout */
                stdout?: (benchline.v1.Artifact.$Properties|null);

                /** BenchmarkExecution stderr */
                stderr?: (benchline.v1.Artifact.$Properties|null);

                /** BenchmarkExecution extra */
                extra?: (benchline.v1.Artifact.$Properties[]|null);

                /** BenchmarkExecution message */
                message?: (string|null);

                /** BenchmarkExecution repetition */
                repetition?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BenchmarkExecution. */
            type $Shape = benchline.v1.BenchmarkExecution.$Properties;
        }

        /**
         * Properties of a Canary.
         * @deprecated Use benchline.v1.Canary.$Properties instead.
         */
        interface ICanary extends benchline.v1.Canary.$Properties {
        }

        /** Represents a Canary. */
        class Canary {

            /**
             * Constructs a new Canary.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.Canary.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Canary seconds. */
            seconds: number;

            /** Canary roundSeconds. */
            roundSeconds: number[];

            /** Canary version. */
            version: string;

            /**
             * Creates a new Canary instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Canary instance
             */
            static create(properties: benchline.v1.Canary.$Shape): benchline.v1.Canary & benchline.v1.Canary.$Shape;
            static create(properties?: benchline.v1.Canary.$Properties): benchline.v1.Canary;

            /**
             * Encodes the specified Canary message. Does not implicitly {@link benchline.v1.Canary.verify|verify} messages.
             * @param message Canary message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.Canary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Canary message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.Canary & benchline.v1.Canary.$Shape} Canary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.Canary & benchline.v1.Canary.$Shape;

            /**
             * Creates a Canary message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Canary
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.Canary;

            /**
             * Creates a plain object from a Canary message. Also converts values to other types if specified.
             * @param message Canary
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.Canary, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Canary to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Canary {

            /** Properties of a Canary. */
            interface $Properties {

                /** Canary seconds */
                seconds?: (number|null);

                /** Canary roundSeconds */
                roundSeconds?: (number[]|null);

                /** Canary version */
                version?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Canary. */
            type $Shape = benchline.v1.Canary.$Properties;
        }

        /**
         * Properties of an Execution.
         * @deprecated Use benchline.v1.Execution.$Properties instead.
         */
        interface IExecution extends benchline.v1.Execution.$Properties {
        }

        /** Represents an Execution. */
        class Execution {

            /**
             * Constructs a new Execution.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.Execution.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Execution benchmarks. */
            benchmarks: benchline.v1.BenchmarkExecution.$Properties[];

            /** Execution startedAt. */
            startedAt: string;

            /** Execution finishedAt. */
            finishedAt: string;

            /** Execution canary. */
            canary?: (benchline.v1.Canary.$Properties|null);

            /**
             * Creates a new Execution instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Execution instance
             */
            static create(properties: benchline.v1.Execution.$Shape): benchline.v1.Execution & benchline.v1.Execution.$Shape;
            static create(properties?: benchline.v1.Execution.$Properties): benchline.v1.Execution;

            /**
             * Encodes the specified Execution message. Does not implicitly {@link benchline.v1.Execution.verify|verify} messages.
             * @param message Execution message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.Execution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Execution message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.Execution & benchline.v1.Execution.$Shape} Execution
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.Execution & benchline.v1.Execution.$Shape;

            /**
             * Creates an Execution message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Execution
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.Execution;

            /**
             * Creates a plain object from an Execution message. Also converts values to other types if specified.
             * @param message Execution
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.Execution, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Execution to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Execution {

            /** Properties of an Execution. */
            interface $Properties {

                /** Execution benchmarks */
                benchmarks?: (benchline.v1.BenchmarkExecution.$Properties[]|null);

                /** Execution startedAt */
                startedAt?: (string|null);

                /** Execution finishedAt */
                finishedAt?: (string|null);

                /** Execution canary */
                canary?: (benchline.v1.Canary.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Execution. */
            type $Shape = benchline.v1.Execution.$Properties;
        }

        /**
         * Properties of a RunExecuted.
         * @deprecated Use benchline.v1.RunExecuted.$Properties instead.
         */
        interface IRunExecuted extends benchline.v1.RunExecuted.$Properties {
        }

        /** Represents a RunExecuted. */
        class RunExecuted {

            /**
             * Constructs a new RunExecuted.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.RunExecuted.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunExecuted request. */
            request?: (benchline.v1.RunRequest.$Properties|null);

            /** RunExecuted provisioning. */
            provisioning?: (benchline.v1.Provisioning.$Properties|null);

            /** RunExecuted execution. */
            execution?: (benchline.v1.Execution.$Properties|null);

            /**
             * Creates a new RunExecuted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunExecuted instance
             */
            static create(properties: benchline.v1.RunExecuted.$Shape): benchline.v1.RunExecuted & benchline.v1.RunExecuted.$Shape;
            static create(properties?: benchline.v1.RunExecuted.$Properties): benchline.v1.RunExecuted;

            /**
             * Encodes the specified RunExecuted message. Does not implicitly {@link benchline.v1.RunExecuted.verify|verify} messages.
             * @param message RunExecuted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.RunExecuted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunExecuted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.RunExecuted & benchline.v1.RunExecuted.$Shape} RunExecuted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.RunExecuted & benchline.v1.RunExecuted.$Shape;

            /**
             * Creates a RunExecuted message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunExecuted
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.RunExecuted;

            /**
             * Creates a plain object from a RunExecuted message. Also converts values to other types if specified.
             * @param message RunExecuted
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.RunExecuted, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunExecuted to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RunExecuted {

            /** Properties of a RunExecuted. */
            interface $Properties {

                /** RunExecuted request */
                request?: (benchline.v1.RunRequest.$Properties|null);

                /** RunExecuted provisioning */
                provisioning?: (benchline.v1.Provisioning.$Properties|null);

                /** RunExecuted execution */
                execution?: (benchline.v1.Execution.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunExecuted. */
            type $Shape = benchline.v1.RunExecuted.$Properties;
        }

        /**
         * Properties of a BenchmarkPublication.
         * @deprecated Use benchline.v1.BenchmarkPublication.$Properties instead.
         */
        interface IBenchmarkPublication extends benchline.v1.BenchmarkPublication.$Properties {
        }

        /** Represents a BenchmarkPublication. */
        class BenchmarkPublication {

            /**
             * Constructs a new BenchmarkPublication.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.BenchmarkPublication.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BenchmarkPublication name. */
            name: string;

            /** BenchmarkPublication points. */
            points: number;

            /** BenchmarkPublication format. */
            format: string;

            /** BenchmarkPublication error. */
            error: string;

            /**
             * Creates a new BenchmarkPublication instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BenchmarkPublication instance
             */
            static create(properties: benchline.v1.BenchmarkPublication.$Shape): benchline.v1.BenchmarkPublication & benchline.v1.BenchmarkPublication.$Shape;
            static create(properties?: benchline.v1.BenchmarkPublication.$Properties): benchline.v1.BenchmarkPublication;

            /**
             * Encodes the specified BenchmarkPublication message. Does not implicitly {@link benchline.v1.BenchmarkPublication.verify|verify} messages.
             * @param message BenchmarkPublication message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.BenchmarkPublication.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BenchmarkPublication message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.BenchmarkPublication & benchline.v1.BenchmarkPublication.$Shape} BenchmarkPublication
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.BenchmarkPublication & benchline.v1.BenchmarkPublication.$Shape;

            /**
             * Creates a BenchmarkPublication message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BenchmarkPublication
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.BenchmarkPublication;

            /**
             * Creates a plain object from a BenchmarkPublication message. Also converts values to other types if specified.
             * @param message BenchmarkPublication
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.BenchmarkPublication, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BenchmarkPublication to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace BenchmarkPublication {

            /** Properties of a BenchmarkPublication. */
            interface $Properties {

                /** BenchmarkPublication name */
                name?: (string|null);

                /** BenchmarkPublication points */
                points?: (number|null);

                /** BenchmarkPublication format */
                format?: (string|null);

                /** BenchmarkPublication error */
                error?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BenchmarkPublication. */
            type $Shape = benchline.v1.BenchmarkPublication.$Properties;
        }

        /**
         * Properties of a NoiseJudgement.
         * @deprecated Use benchline.v1.NoiseJudgement.$Properties instead.
         */
        interface INoiseJudgement extends benchline.v1.NoiseJudgement.$Properties {
        }

        /** Represents a NoiseJudgement. */
        class NoiseJudgement {

            /**
             * Constructs a new NoiseJudgement.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.NoiseJudgement.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NoiseJudgement noisy. */
            noisy: boolean;

            /** NoiseJudgement canarySeconds. */
            canarySeconds: number;

            /** NoiseJudgement historyCanaries. */
            historyCanaries: number;

            /** NoiseJudgement historyMedian. */
            historyMedian: number;

            /** NoiseJudgement historySpread. */
            historySpread: number;

            /** NoiseJudgement thresholdSeconds. */
            thresholdSeconds: number;

            /** NoiseJudgement reason. */
            reason: string;

            /**
             * Creates a new NoiseJudgement instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NoiseJudgement instance
             */
            static create(properties: benchline.v1.NoiseJudgement.$Shape): benchline.v1.NoiseJudgement & benchline.v1.NoiseJudgement.$Shape;
            static create(properties?: benchline.v1.NoiseJudgement.$Properties): benchline.v1.NoiseJudgement;

            /**
             * Encodes the specified NoiseJudgement message. Does not implicitly {@link benchline.v1.NoiseJudgement.verify|verify} messages.
             * @param message NoiseJudgement message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.NoiseJudgement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NoiseJudgement message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.NoiseJudgement & benchline.v1.NoiseJudgement.$Shape} NoiseJudgement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.NoiseJudgement & benchline.v1.NoiseJudgement.$Shape;

            /**
             * Creates a NoiseJudgement message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NoiseJudgement
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.NoiseJudgement;

            /**
             * Creates a plain object from a NoiseJudgement message. Also converts values to other types if specified.
             * @param message NoiseJudgement
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.NoiseJudgement, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NoiseJudgement to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace NoiseJudgement {

            /** Properties of a NoiseJudgement. */
            interface $Properties {

                /** NoiseJudgement noisy */
                noisy?: (boolean|null);

                /** NoiseJudgement canarySeconds */
                canarySeconds?: (number|null);

                /** NoiseJudgement historyCanaries */
                historyCanaries?: (number|null);

                /** NoiseJudgement historyMedian */
                historyMedian?: (number|null);

                /** NoiseJudgement historySpread */
                historySpread?: (number|null);

                /** NoiseJudgement thresholdSeconds */
                thresholdSeconds?: (number|null);

                /** NoiseJudgement reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NoiseJudgement. */
            type $Shape = benchline.v1.NoiseJudgement.$Properties;
        }

        /**
         * Properties of an EnvironmentChange.
         * @deprecated Use benchline.v1.EnvironmentChange.$Properties instead.
         */
        interface IEnvironmentChange extends benchline.v1.EnvironmentChange.$Properties {
        }

        /** Represents an EnvironmentChange. */
        class EnvironmentChange {

            /**
             * Constructs a new EnvironmentChange.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.EnvironmentChange.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EnvironmentChange id. */
            id: string;

            /** EnvironmentChange previousRunId. */
            previousRunId: string;

            /** EnvironmentChange changed. */
            changed: string[];

            /**
             * Creates a new EnvironmentChange instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EnvironmentChange instance
             */
            static create(properties: benchline.v1.EnvironmentChange.$Shape): benchline.v1.EnvironmentChange & benchline.v1.EnvironmentChange.$Shape;
            static create(properties?: benchline.v1.EnvironmentChange.$Properties): benchline.v1.EnvironmentChange;

            /**
             * Encodes the specified EnvironmentChange message. Does not implicitly {@link benchline.v1.EnvironmentChange.verify|verify} messages.
             * @param message EnvironmentChange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.EnvironmentChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EnvironmentChange message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.EnvironmentChange & benchline.v1.EnvironmentChange.$Shape} EnvironmentChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.EnvironmentChange & benchline.v1.EnvironmentChange.$Shape;

            /**
             * Creates an EnvironmentChange message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EnvironmentChange
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.EnvironmentChange;

            /**
             * Creates a plain object from an EnvironmentChange message. Also converts values to other types if specified.
             * @param message EnvironmentChange
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.EnvironmentChange, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EnvironmentChange to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace EnvironmentChange {

            /** Properties of an EnvironmentChange. */
            interface $Properties {

                /** EnvironmentChange id */
                id?: (string|null);

                /** EnvironmentChange previousRunId */
                previousRunId?: (string|null);

                /** EnvironmentChange changed */
                changed?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EnvironmentChange. */
            type $Shape = benchline.v1.EnvironmentChange.$Properties;
        }

        /**
         * Properties of a Publication.
         * @deprecated Use benchline.v1.Publication.$Properties instead.
         */
        interface IPublication extends benchline.v1.Publication.$Properties {
        }

        /** Represents a Publication. */
        class Publication {

            /**
             * Constructs a new Publication.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.Publication.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Publication cid. */
            cid: string;

            /** Publication benchmarks. */
            benchmarks: benchline.v1.BenchmarkPublication.$Properties[];

            /** Publication points. */
            points: number;

            /** Publication publishedAt. */
            publishedAt: string;

            /** Publication noise. */
            noise?: (benchline.v1.NoiseJudgement.$Properties|null);

            /** Publication environmentChange. */
            environmentChange?: (benchline.v1.EnvironmentChange.$Properties|null);

            /**
             * Creates a new Publication instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Publication instance
             */
            static create(properties: benchline.v1.Publication.$Shape): benchline.v1.Publication & benchline.v1.Publication.$Shape;
            static create(properties?: benchline.v1.Publication.$Properties): benchline.v1.Publication;

            /**
             * Encodes the specified Publication message. Does not implicitly {@link benchline.v1.Publication.verify|verify} messages.
             * @param message Publication message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.Publication.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Publication message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.Publication & benchline.v1.Publication.$Shape} Publication
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.Publication & benchline.v1.Publication.$Shape;

            /**
             * Creates a Publication message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Publication
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.Publication;

            /**
             * Creates a plain object from a Publication message. Also converts values to other types if specified.
             * @param message Publication
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.Publication, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Publication to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Publication {

            /** Properties of a Publication. */
            interface $Properties {

                /** Publication cid */
                cid?: (string|null);

                /** Publication benchmarks */
                benchmarks?: (benchline.v1.BenchmarkPublication.$Properties[]|null);

                /** Publication points */
                points?: (number|null);

                /** Publication publishedAt */
                publishedAt?: (string|null);

                /** Publication noise */
                noise?: (benchline.v1.NoiseJudgement.$Properties|null);

                /** Publication environmentChange */
                environmentChange?: (benchline.v1.EnvironmentChange.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Publication. */
            type $Shape = benchline.v1.Publication.$Properties;
        }

        /**
         * Properties of a RunPublished.
         * @deprecated Use benchline.v1.RunPublished.$Properties instead.
         */
        interface IRunPublished extends benchline.v1.RunPublished.$Properties {
        }

        /** Represents a RunPublished. */
        class RunPublished {

            /**
             * Constructs a new RunPublished.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.RunPublished.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunPublished request. */
            request?: (benchline.v1.RunRequest.$Properties|null);

            /** RunPublished provisioning. */
            provisioning?: (benchline.v1.Provisioning.$Properties|null);

            /** RunPublished execution. */
            execution?: (benchline.v1.Execution.$Properties|null);

            /** RunPublished publication. */
            publication?: (benchline.v1.Publication.$Properties|null);

            /**
             * Creates a new RunPublished instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunPublished instance
             */
            static create(properties: benchline.v1.RunPublished.$Shape): benchline.v1.RunPublished & benchline.v1.RunPublished.$Shape;
            static create(properties?: benchline.v1.RunPublished.$Properties): benchline.v1.RunPublished;

            /**
             * Encodes the specified RunPublished message. Does not implicitly {@link benchline.v1.RunPublished.verify|verify} messages.
             * @param message RunPublished message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.RunPublished.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunPublished message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.RunPublished & benchline.v1.RunPublished.$Shape} RunPublished
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.RunPublished & benchline.v1.RunPublished.$Shape;

            /**
             * Creates a RunPublished message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunPublished
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.RunPublished;

            /**
             * Creates a plain object from a RunPublished message. Also converts values to other types if specified.
             * @param message RunPublished
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.RunPublished, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunPublished to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RunPublished {

            /** Properties of a RunPublished. */
            interface $Properties {

                /** RunPublished request */
                request?: (benchline.v1.RunRequest.$Properties|null);

                /** RunPublished provisioning */
                provisioning?: (benchline.v1.Provisioning.$Properties|null);

                /** RunPublished execution */
                execution?: (benchline.v1.Execution.$Properties|null);

                /** RunPublished publication */
                publication?: (benchline.v1.Publication.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunPublished. */
            type $Shape = benchline.v1.RunPublished.$Properties;
        }

        /** Stage enum. */
        enum Stage {

            /** STAGE_UNSPECIFIED value */
            STAGE_UNSPECIFIED = 0,

            /** STAGE_REQUEST value */
            STAGE_REQUEST = 1,

            /** STAGE_PROVISION value */
            STAGE_PROVISION = 2,

            /** STAGE_EXECUTE value */
            STAGE_EXECUTE = 3,

            /** STAGE_PUBLISH value */
            STAGE_PUBLISH = 4,

            /** STAGE_ANALYZE value */
            STAGE_ANALYZE = 5
        }

        /**
         * Properties of a RunFailed.
         * @deprecated Use benchline.v1.RunFailed.$Properties instead.
         */
        interface IRunFailed extends benchline.v1.RunFailed.$Properties {
        }

        /** Represents a RunFailed. */
        class RunFailed {

            /**
             * Constructs a new RunFailed.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.RunFailed.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunFailed request. */
            request?: (benchline.v1.RunRequest.$Properties|null);

            /** RunFailed stage. */
            stage: benchline.v1.Stage;

            /** RunFailed reason. */
            reason: string;

            /** RunFailed detail. */
            detail: string;

            /** RunFailed failedAt. */
            failedAt: string;

            /** RunFailed provisioning. */
            provisioning?: (benchline.v1.Provisioning.$Properties|null);

            /** RunFailed execution. */
            execution?: (benchline.v1.Execution.$Properties|null);

            /** RunFailed code. */
            code: string;

            /**
             * Creates a new RunFailed instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunFailed instance
             */
            static create(properties: benchline.v1.RunFailed.$Shape): benchline.v1.RunFailed & benchline.v1.RunFailed.$Shape;
            static create(properties?: benchline.v1.RunFailed.$Properties): benchline.v1.RunFailed;

            /**
             * Encodes the specified RunFailed message. Does not implicitly {@link benchline.v1.RunFailed.verify|verify} messages.
             * @param message RunFailed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.RunFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunFailed message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.RunFailed & benchline.v1.RunFailed.$Shape} RunFailed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.RunFailed & benchline.v1.RunFailed.$Shape;

            /**
             * Creates a RunFailed message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunFailed
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.RunFailed;

            /**
             * Creates a plain object from a RunFailed message. Also converts values to other types if specified.
             * @param message RunFailed
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.RunFailed, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunFailed to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RunFailed {

            /** Properties of a RunFailed. */
            interface $Properties {

                /** RunFailed request */
                request?: (benchline.v1.RunRequest.$Properties|null);

                /** RunFailed stage */
                stage?: (benchline.v1.Stage|null);

                /** RunFailed reason */
                reason?: (string|null);

                /** RunFailed detail */
                detail?: (string|null);

                /** RunFailed failedAt */
                failedAt?: (string|null);

                /** RunFailed provisioning */
                provisioning?: (benchline.v1.Provisioning.$Properties|null);

                /** RunFailed execution */
                execution?: (benchline.v1.Execution.$Properties|null);

                /** RunFailed code */
                code?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunFailed. */
            type $Shape = benchline.v1.RunFailed.$Properties;
        }

        /** Verdict enum. */
        enum Verdict {

            /** VERDICT_UNSPECIFIED value */
            VERDICT_UNSPECIFIED = 0,

            /** VERDICT_REGRESSION value */
            VERDICT_REGRESSION = 1,

            /** VERDICT_IMPROVEMENT value */
            VERDICT_IMPROVEMENT = 2,

            /** VERDICT_UNCHANGED value */
            VERDICT_UNCHANGED = 3,

            /** VERDICT_INSUFFICIENT_HISTORY value */
            VERDICT_INSUFFICIENT_HISTORY = 4,

            /** VERDICT_SKIPPED value */
            VERDICT_SKIPPED = 5
        }

        /**
         * Properties of a SeriesKey.
         * @deprecated Use benchline.v1.SeriesKey.$Properties instead.
         */
        interface ISeriesKey extends benchline.v1.SeriesKey.$Properties {
        }

        /** Represents a SeriesKey. */
        class SeriesKey {

            /**
             * Constructs a new SeriesKey.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.SeriesKey.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SeriesKey suite. */
            suite: string;

            /** SeriesKey benchmark. */
            benchmark: string;

            /** SeriesKey case. */
            case: string;

            /** SeriesKey metric. */
            metric: string;

            /** SeriesKey unit. */
            unit: string;

            /** SeriesKey minion. */
            minion: string;

            /** SeriesKey params. */
            params: { [k: string]: string };

            /**
             * Creates a new SeriesKey instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SeriesKey instance
             */
            static create(properties: benchline.v1.SeriesKey.$Shape): benchline.v1.SeriesKey & benchline.v1.SeriesKey.$Shape;
            static create(properties?: benchline.v1.SeriesKey.$Properties): benchline.v1.SeriesKey;

            /**
             * Encodes the specified SeriesKey message. Does not implicitly {@link benchline.v1.SeriesKey.verify|verify} messages.
             * @param message SeriesKey message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.SeriesKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SeriesKey message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.SeriesKey & benchline.v1.SeriesKey.$Shape} SeriesKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.SeriesKey & benchline.v1.SeriesKey.$Shape;

            /**
             * Creates a SeriesKey message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SeriesKey
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.SeriesKey;

            /**
             * Creates a plain object from a SeriesKey message. Also converts values to other types if specified.
             * @param message SeriesKey
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.SeriesKey, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SeriesKey to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SeriesKey {

            /** Properties of a SeriesKey. */
            interface $Properties {

                /** SeriesKey suite */
                suite?: (string|null);

                /** SeriesKey benchmark */
                benchmark?: (string|null);

                /** SeriesKey case */
                "case"?: (string|null);

                /** SeriesKey metric */
                metric?: (string|null);

                /** SeriesKey unit */
                unit?: (string|null);

                /** SeriesKey minion */
                minion?: (string|null);

                /** SeriesKey params */
                params?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SeriesKey. */
            type $Shape = benchline.v1.SeriesKey.$Properties;
        }

        /**
         * Properties of a SeriesVerdict.
         * @deprecated Use benchline.v1.SeriesVerdict.$Properties instead.
         */
        interface ISeriesVerdict extends benchline.v1.SeriesVerdict.$Properties {
        }

        /** Represents a SeriesVerdict. */
        class SeriesVerdict {

            /**
             * Constructs a new SeriesVerdict.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.SeriesVerdict.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SeriesVerdict series. */
            series?: (benchline.v1.SeriesKey.$Properties|null);

            /** SeriesVerdict verdict. */
            verdict: benchline.v1.Verdict;

            /** SeriesVerdict value. */
            value: number;

            /** SeriesVerdict baseline. */
            baseline: number;

            /** SeriesVerdict changePercent. */
            changePercent: number;

            /** SeriesVerdict ciLowerPercent. */
            ciLowerPercent: number;

            /** SeriesVerdict ciUpperPercent. */
            ciUpperPercent: number;

            /** SeriesVerdict confidence. */
            confidence: number;

            /** SeriesVerdict direction. */
            direction: string;

            /** SeriesVerdict baselinePoints. */
            baselinePoints: number;

            /** SeriesVerdict baselineFromCommit. */
            baselineFromCommit: string;

            /** SeriesVerdict baselineToCommit. */
            baselineToCommit: string;

            /** SeriesVerdict pointsNeeded. */
            pointsNeeded: number;

            /** SeriesVerdict changeIds. */
            changeIds: string[];

            /**
             * Creates a new SeriesVerdict instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SeriesVerdict instance
             */
            static create(properties: benchline.v1.SeriesVerdict.$Shape): benchline.v1.SeriesVerdict & benchline.v1.SeriesVerdict.$Shape;
            static create(properties?: benchline.v1.SeriesVerdict.$Properties): benchline.v1.SeriesVerdict;

            /**
             * Encodes the specified SeriesVerdict message. Does not implicitly {@link benchline.v1.SeriesVerdict.verify|verify} messages.
             * @param message SeriesVerdict message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.SeriesVerdict.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SeriesVerdict message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.SeriesVerdict & benchline.v1.SeriesVerdict.$Shape} SeriesVerdict
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.SeriesVerdict & benchline.v1.SeriesVerdict.$Shape;

            /**
             * Creates a SeriesVerdict message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SeriesVerdict
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.SeriesVerdict;

            /**
             * Creates a plain object from a SeriesVerdict message. Also converts values to other types if specified.
             * @param message SeriesVerdict
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.SeriesVerdict, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SeriesVerdict to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SeriesVerdict {

            /** Properties of a SeriesVerdict. */
            interface $Properties {

                /** SeriesVerdict series */
                series?: (benchline.v1.SeriesKey.$Properties|null);

                /** SeriesVerdict verdict */
                verdict?: (benchline.v1.Verdict|null);

                /** SeriesVerdict value */
                value?: (number|null);

                /** SeriesVerdict baseline */
                baseline?: (number|null);

                /** SeriesVerdict changePercent */
                changePercent?: (number|null);

                /** SeriesVerdict ciLowerPercent */
                ciLowerPercent?: (number|null);

                /** SeriesVerdict ciUpperPercent */
                ciUpperPercent?: (number|null);

                /** SeriesVerdict confidence */
                confidence?: (number|null);

                /** SeriesVerdict direction */
                direction?: (string|null);

                /** SeriesVerdict baselinePoints */
                baselinePoints?: (number|null);

                /** SeriesVerdict baselineFromCommit */
                baselineFromCommit?: (string|null);

                /** SeriesVerdict baselineToCommit */
                baselineToCommit?: (string|null);

                /** SeriesVerdict pointsNeeded */
                pointsNeeded?: (number|null);

                /** SeriesVerdict changeIds */
                changeIds?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SeriesVerdict. */
            type $Shape = benchline.v1.SeriesVerdict.$Properties;
        }

        /**
         * Properties of an Analysis.
         * @deprecated Use benchline.v1.Analysis.$Properties instead.
         */
        interface IAnalysis extends benchline.v1.Analysis.$Properties {
        }

        /** Represents an Analysis. */
        class Analysis {

            /**
             * Constructs a new Analysis.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.Analysis.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Analysis verdicts. */
            verdicts: benchline.v1.SeriesVerdict.$Properties[];

            /** Analysis regressions. */
            regressions: number;

            /** Analysis improvements. */
            improvements: number;

            /** Analysis analyzedAt. */
            analyzedAt: string;

            /**
             * Creates a new Analysis instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Analysis instance
             */
            static create(properties: benchline.v1.Analysis.$Shape): benchline.v1.Analysis & benchline.v1.Analysis.$Shape;
            static create(properties?: benchline.v1.Analysis.$Properties): benchline.v1.Analysis;

            /**
             * Encodes the specified Analysis message. Does not implicitly {@link benchline.v1.Analysis.verify|verify} messages.
             * @param message Analysis message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.Analysis.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Analysis message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.Analysis & benchline.v1.Analysis.$Shape} Analysis
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.Analysis & benchline.v1.Analysis.$Shape;

            /**
             * Creates an Analysis message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Analysis
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.Analysis;

            /**
             * Creates a plain object from an Analysis message. Also converts values to other types if specified.
             * @param message Analysis
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.Analysis, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Analysis to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Analysis {

            /** Properties of an Analysis. */
            interface $Properties {

                /** Analysis verdicts */
                verdicts?: (benchline.v1.SeriesVerdict.$Properties[]|null);

                /** Analysis regressions */
                regressions?: (number|null);

                /** Analysis improvements */
                improvements?: (number|null);

                /** Analysis analyzedAt */
                analyzedAt?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Analysis. */
            type $Shape = benchline.v1.Analysis.$Properties;
        }

        /**
         * Properties of a RunAnalyzed.
         * @deprecated Use benchline.v1.RunAnalyzed.$Properties instead.
         */
        interface IRunAnalyzed extends benchline.v1.RunAnalyzed.$Properties {
        }

        /** Represents a RunAnalyzed. */
        class RunAnalyzed {

            /**
             * Constructs a new RunAnalyzed.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.RunAnalyzed.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunAnalyzed request. */
            request?: (benchline.v1.RunRequest.$Properties|null);

            /** RunAnalyzed provisioning. */
            provisioning?: (benchline.v1.Provisioning.$Properties|null);

            /** RunAnalyzed execution. */
            execution?: (benchline.v1.Execution.$Properties|null);

            /** RunAnalyzed publication. */
            publication?: (benchline.v1.Publication.$Properties|null);

            /** RunAnalyzed analysis. */
            analysis?: (benchline.v1.Analysis.$Properties|null);

            /**
             * Creates a new RunAnalyzed instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunAnalyzed instance
             */
            static create(properties: benchline.v1.RunAnalyzed.$Shape): benchline.v1.RunAnalyzed & benchline.v1.RunAnalyzed.$Shape;
            static create(properties?: benchline.v1.RunAnalyzed.$Properties): benchline.v1.RunAnalyzed;

            /**
             * Encodes the specified RunAnalyzed message. Does not implicitly {@link benchline.v1.RunAnalyzed.verify|verify} messages.
             * @param message RunAnalyzed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.RunAnalyzed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunAnalyzed message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.RunAnalyzed & benchline.v1.RunAnalyzed.$Shape} RunAnalyzed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.RunAnalyzed & benchline.v1.RunAnalyzed.$Shape;

            /**
             * Creates a RunAnalyzed message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunAnalyzed
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.RunAnalyzed;

            /**
             * Creates a plain object from a RunAnalyzed message. Also converts values to other types if specified.
             * @param message RunAnalyzed
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.RunAnalyzed, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunAnalyzed to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RunAnalyzed {

            /** Properties of a RunAnalyzed. */
            interface $Properties {

                /** RunAnalyzed request */
                request?: (benchline.v1.RunRequest.$Properties|null);

                /** RunAnalyzed provisioning */
                provisioning?: (benchline.v1.Provisioning.$Properties|null);

                /** RunAnalyzed execution */
                execution?: (benchline.v1.Execution.$Properties|null);

                /** RunAnalyzed publication */
                publication?: (benchline.v1.Publication.$Properties|null);

                /** RunAnalyzed analysis */
                analysis?: (benchline.v1.Analysis.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunAnalyzed. */
            type $Shape = benchline.v1.RunAnalyzed.$Properties;
        }

        /**
         * Properties of a RunCancelled.
         * @deprecated Use benchline.v1.RunCancelled.$Properties instead.
         */
        interface IRunCancelled extends benchline.v1.RunCancelled.$Properties {
        }

        /** Represents a RunCancelled. */
        class RunCancelled {

            /**
             * Constructs a new RunCancelled.
             * @param [properties] Properties to set
             */
            constructor(properties?: benchline.v1.RunCancelled.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunCancelled request. */
            request?: (benchline.v1.RunRequest.$Properties|null);

            /** RunCancelled cancelledAt. */
            cancelledAt: string;

            /** RunCancelled cancelledBy. */
            cancelledBy: string;

            /** RunCancelled reason. */
            reason: string;

            /**
             * Creates a new RunCancelled instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunCancelled instance
             */
            static create(properties: benchline.v1.RunCancelled.$Shape): benchline.v1.RunCancelled & benchline.v1.RunCancelled.$Shape;
            static create(properties?: benchline.v1.RunCancelled.$Properties): benchline.v1.RunCancelled;

            /**
             * Encodes the specified RunCancelled message. Does not implicitly {@link benchline.v1.RunCancelled.verify|verify} messages.
             * @param message RunCancelled message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: benchline.v1.RunCancelled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunCancelled message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {benchline.v1.RunCancelled & benchline.v1.RunCancelled.$Shape} RunCancelled
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): benchline.v1.RunCancelled & benchline.v1.RunCancelled.$Shape;

            /**
             * Creates a RunCancelled message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunCancelled
             */
            static fromObject(object: { [k: string]: any }): benchline.v1.RunCancelled;

            /**
             * Creates a plain object from a RunCancelled message. Also converts values to other types if specified.
             * @param message RunCancelled
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: benchline.v1.RunCancelled, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunCancelled to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RunCancelled {

            /** Properties of a RunCancelled. */
            interface $Properties {

                /** RunCancelled request */
                request?: (benchline.v1.RunRequest.$Properties|null);

                /** RunCancelled cancelledAt */
                cancelledAt?: (string|null);

                /** RunCancelled cancelledBy */
                cancelledBy?: (string|null);

                /** RunCancelled reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunCancelled. */
            type $Shape = benchline.v1.RunCancelled.$Properties;
        }
    }
}
