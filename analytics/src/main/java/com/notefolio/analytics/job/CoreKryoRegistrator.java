package com.notefolio.analytics.job;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.lang.reflect.Field;
import java.util.EnumMap;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * Teaches Spark's Kryo the core values that travel between executors and the driver inside partition
 * aggregates. A currency is sent by its code and looked up again, so that the receiving side holds the
 * canonical unit: the core keys its per-currency books by it, and a field-by-field copy of the JDK
 * currency inside would not be equal to it. Kryo 4 cannot rebuild an {@link EnumMap} (it has no
 * no-argument constructor): the core's aggregate keys its exposures by dimension in one.
 */
public final class CoreKryoRegistrator implements KryoRegistrator {

    @Override
    public void registerClasses(Kryo kryo) {
        kryo.addDefaultSerializer(CurrencyUnit.class, new CurrencyUnitSerializer());
        kryo.register(EnumMap.class, new EnumMapSerializer());
    }

    private static final class CurrencyUnitSerializer extends Serializer<CurrencyUnit> {
        @Override
        public void write(Kryo kryo, Output output, CurrencyUnit unit) {
            output.writeString(unit.getCurrencyCode());
        }

        @Override
        public CurrencyUnit read(Kryo kryo, Input input, Class<CurrencyUnit> type) {
            return Monetary.getCurrency(input.readString());
        }
    }

    /** An enum map as its key type, its size and its entries. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class EnumMapSerializer extends Serializer<EnumMap> {
        /** The key type of an empty map is only in this private field (java.util is opened to Spark). */
        private static final Field KEY_TYPE = keyTypeField();

        @Override
        public void write(Kryo kryo, Output output, EnumMap map) {
            try {
                output.writeString(((Class<?>) KEY_TYPE.get(map)).getName());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            output.writeInt(map.size(), true);
            for (Object o : map.entrySet()) {
                Map.Entry e = (Map.Entry) o;
                output.writeString(((Enum) e.getKey()).name());
                kryo.writeClassAndObject(output, e.getValue());
            }
        }

        @Override
        public EnumMap read(Kryo kryo, Input input, Class<EnumMap> type) {
            Class keyType;
            try {
                keyType = Class.forName(input.readString(), false, Thread.currentThread().getContextClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            EnumMap map = new EnumMap(keyType);
            int size = input.readInt(true);
            for (int i = 0; i < size; i++) {
                map.put(Enum.valueOf(keyType, input.readString()), kryo.readClassAndObject(input));
            }
            return map;
        }

        private static Field keyTypeField() {
            try {
                Field f = EnumMap.class.getDeclaredField("keyType");
                f.setAccessible(true);
                return f;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read EnumMap's key type; is java.util opened?", e);
            }
        }
    }
}
