package org.neuromsk.estimator.imu;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.neuromsk.io.FileFormatException;
import org.neuromsk.training.WholeFile;

/**
 * Reads, in plain Java, the parameter file that DJL writes for a block whose parameters are all
 * direct ones (no child blocks), such as {@link WaveNetBlock}. DJL 0.35's layout, all big-endian as
 * {@link java.io.DataOutputStream} writes it:
 * <ol>
 * <li>block version (1 byte), number of input shapes (int), each shape as DJL encodes it
 * (dimension count, dimensions as longs, layout count, layout chars);</li>
 * <li>per parameter: the char {@code 'P'}, the parameter format version (1 byte), its name
 * (modified UTF-8), then the array: magic {@code "NDAR"}, array format version (int, 3), a name flag
 * byte (1 = a name follows), sparse format name, data type name ({@code FLOAT32}), shape as above,
 * byte order ({@code '<'} or {@code '>'}), byte length (int), the values.</li>
 * </ol>
 */
public final class DjlParameterFile {

    private static final String MAGIC = "NDAR";
    private static final int ARRAY_VERSION = 3;

    private DjlParameterFile() {
    }

    /**
     * One named parameter.
     *
     * @param shape its dimensions
     * @param values its values, row-major
     */
    public record Array(long[] shape, float[] values) {
    }

    /**
     * @param file a {@code parameters.params} file of a flat block
     * @return the parameters by name, in file order
     * @throws FileFormatException if the file is missing, truncated or not in that layout
     */
    public static Map<String, Array> read(Path file) {
        return parse(file, WholeFile.bytes(file));
    }

    /**
     * @param file the file the bytes came from (for messages)
     * @param bytes the file content
     * @return the parameters by name, in file order
     */
    public static Map<String, Array> parse(Path file, byte[] bytes) {
        Map<String, Array> arrays = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            in.readByte(); // block version
            int shapes = in.readInt();
            for (int i = 0; i < shapes; i++) {
                readShape(in);
            }
            while (in.available() > 0) {
                char marker = in.readChar();
                if (marker != 'P') {
                    throw problem(file, "parameter " + arrays.size() + " is not initialised or the block has child "
                            + "blocks (marker '" + marker + "')");
                }
                in.readByte(); // parameter format version
                String name = in.readUTF();
                arrays.put(name, readArray(in, file, name));
            }
        } catch (EOFException e) {
            throw problem(file, "truncated after " + arrays.size() + " parameters");
        } catch (IOException e) {
            throw problem(file, "cannot read: " + e.getMessage());
        }
        return arrays;
    }

    private static Array readArray(DataInputStream in, Path file, String name) throws IOException {
        String magic = in.readUTF();
        int version = in.readInt();
        if (!MAGIC.equals(magic) || version != ARRAY_VERSION) {
            throw problem(file, "parameter " + name + ": array header " + magic + " v" + version + ", expected "
                    + MAGIC + " v" + ARRAY_VERSION);
        }
        if (in.readByte() == 1) {
            in.readUTF(); // array name
        }
        in.readUTF(); // sparse format
        String type = in.readUTF();
        if (!"FLOAT32".equals(type)) {
            throw problem(file, "parameter " + name + " has data type " + type + ", expected FLOAT32");
        }
        long[] shape = readShape(in);
        int order = in.readByte();
        int length = in.readInt();
        long count = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        if (length != count * Float.BYTES) {
            throw problem(file, "parameter " + name + ": " + length + " bytes for shape " + Arrays.toString(shape));
        }
        byte[] data = new byte[length];
        in.readFully(data);
        ByteBuffer buffer = ByteBuffer.wrap(data).order(order == '<' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        float[] values = new float[(int) count];
        buffer.asFloatBuffer().get(values);
        return new Array(shape, values);
    }

    private static long[] readShape(DataInputStream in) throws IOException {
        int dims = in.readInt();
        long[] shape = new long[dims];
        for (int i = 0; i < dims; i++) {
            shape[i] = in.readLong();
        }
        int layout = in.readInt();
        for (int i = 0; i < layout; i++) {
            in.readChar();
        }
        return shape;
    }

    private static FileFormatException problem(Path file, String what) {
        return new FileFormatException(file, 0, what);
    }
}
