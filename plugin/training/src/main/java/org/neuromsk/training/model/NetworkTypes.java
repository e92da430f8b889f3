package org.neuromsk.training.model;

import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.google.gson.JsonDeserializationContext;
import com.google.gson.JsonDeserializer;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonSerializationContext;
import com.google.gson.JsonSerializer;

/**
 * The registry of {@link NetworkConfig} implementations by JSON type name, and the Gson adapter that
 * writes a config as its record components plus {@code "type"}, and reads it back.
 */
public final class NetworkTypes implements JsonSerializer<NetworkConfig>, JsonDeserializer<NetworkConfig> {

    /** JSON member holding the type name. */
    public static final String TYPE_MEMBER = "type";

    private static final Map<String, Class<? extends NetworkConfig>> TYPES = new ConcurrentHashMap<>();

    static {
        register(MlpConfig.TYPE, MlpConfig.class);
    }

    /**
     * @param type JSON type name
     * @param configClass the record class
     * @throws IllegalStateException if the name is already taken by another class
     */
    public static void register(String type, Class<? extends NetworkConfig> configClass) {
        Class<? extends NetworkConfig> previous = TYPES.putIfAbsent(type, configClass);
        if (previous != null && previous != configClass) {
            throw new IllegalStateException("network type " + type + " is already registered for " + previous.getName());
        }
    }

    @Override
    public JsonElement serialize(NetworkConfig config, Type type, JsonSerializationContext context) {
        JsonObject object = new JsonObject();
        object.addProperty(TYPE_MEMBER, config.type());
        context.serialize(config, config.getClass()).getAsJsonObject().entrySet()
                .forEach(e -> object.add(e.getKey(), e.getValue()));
        return object;
    }

    @Override
    public NetworkConfig deserialize(JsonElement json, Type type, JsonDeserializationContext context) {
        if (!json.isJsonObject() || !json.getAsJsonObject().has(TYPE_MEMBER)) {
            throw new JsonParseException("network config needs a \"" + TYPE_MEMBER + "\" member");
        }
        String name = json.getAsJsonObject().get(TYPE_MEMBER).getAsString();
        Class<? extends NetworkConfig> configClass = TYPES.get(name);
        if (configClass == null) {
            throw new JsonParseException("unknown network type \"" + name + "\" (known: " + TYPES.keySet() + ")");
        }
        JsonObject members = json.getAsJsonObject().deepCopy();
        members.remove(TYPE_MEMBER);
        return context.deserialize(members, configClass);
    }
}
